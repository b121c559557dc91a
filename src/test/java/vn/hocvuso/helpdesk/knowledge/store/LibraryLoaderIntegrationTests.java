package vn.hocvuso.helpdesk.knowledge.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.mongodb.reactivestreams.client.MongoDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.hocvuso.helpdesk.WireServer;
import vn.hocvuso.helpdesk.knowledge.Article;
import vn.hocvuso.helpdesk.knowledge.ArticleParser;
import vn.hocvuso.helpdesk.knowledge.Library;
import vn.hocvuso.helpdesk.knowledge.LibraryValidator;
import vn.hocvuso.helpdesk.knowledge.TopicCatalog;

import static org.assertj.core.api.Assertions.assertThat;

/** Seeding and loading against a real MongoDB-wire server over TCP. */
class LibraryLoaderIntegrationTests {

	@TempDir
	Path seeds;

	WireServer store;

	MongoDatabase database;

	LibraryVersionStore versions;

	LibraryLoader loader;

	@BeforeEach
	void startStore() {
		this.store = new WireServer();
		this.database = this.store.database();
		TopicCatalog catalog = TopicCatalog.parse("id\ttitle\nvneid.install\tCài VNeID\ndvc.submit\tNộp hồ sơ\n");
		LibraryValidator validator = new LibraryValidator(catalog);
		this.versions = new LibraryVersionStore(this.database, validator);
		this.loader = new LibraryLoader(this.versions, new SeedFiles(validator), validator, Clock.systemUTC());
	}

	@AfterEach
	void stopStore() {
		this.store.close();
	}

	@Test
	void seedsAnEmptyStoreAndSkipsOnlyTheBrokenFiles() throws IOException {
		write("vneid.install.md", article("vneid.install", "Cài VNeID"));
		write("dvc.submit.md", article("dvc.submit", "Nộp hồ sơ").replace("reviewed: 2026-11-22\n", ""));
		write("unknown.md", article("khong.co", "Không có"));
		Library library = load();
		assertThat(library.articles()).containsOnlyKeys("vneid.install");
	}

	@Test
	void seedsVersionOneAndMakesItLive() throws IOException {
		write("vneid.install.md", article("vneid.install", "Cài VNeID"));
		assertThat(load().version()).isEqualTo(1);
		assertThat(this.versions.history().collectList().block(Duration.ofSeconds(5))).singleElement()
			.satisfies((info) -> assertThat(info.publishedBy()).isEqualTo(LibraryLoader.SEEDED_BY));
	}

	@Test
	void neverOverwritesALibraryAlreadyInTheStore() throws IOException {
		write("vneid.install.md", article("vneid.install", "Cài VNeID"));
		Library first = load();
		Article edited = new ArticleParser().parse("vneid.install.md", article("vneid.install", "Sửa bởi cán bộ"))
			.withVersion(2);
		PublishedLibrary second = new PublishedLibrary(new VersionInfo(2, "admin", Instant.now(), ""),
				Library.of(2, List.of(edited)));
		assertThat(this.versions.publish(second, first.version()).block(Duration.ofSeconds(5))).isTrue();
		write("vneid.install.md", article("vneid.install", "Bản trong tệp mới"));
		write("dvc.submit.md", article("dvc.submit", "Nộp hồ sơ"));
		Library library = load();
		assertThat(library.version()).isEqualTo(2);
		assertThat(library.article("vneid.install").orElseThrow().title()).isEqualTo("Sửa bởi cán bộ");
		assertThat(library.articles()).containsOnlyKeys("vneid.install");
	}

	@Test
	void ofTwoPublishesFromTheSameLiveVersionOnlyOneGoesLive() throws IOException {
		write("vneid.install.md", article("vneid.install", "Cài VNeID"));
		Library first = load();
		PublishedLibrary one = new PublishedLibrary(new VersionInfo(2, "a", Instant.now(), ""),
				Library.of(2, List.copyOf(first.articles().values())));
		PublishedLibrary other = new PublishedLibrary(new VersionInfo(3, "b", Instant.now(), ""),
				Library.of(3, List.copyOf(first.articles().values())));
		assertThat(this.versions.publish(one, 1).block(Duration.ofSeconds(5))).isTrue();
		assertThat(this.versions.publish(other, 1).block(Duration.ofSeconds(5))).isFalse();
		assertThat(this.versions.liveVersion().block(Duration.ofSeconds(5))).isEqualTo(2);
		assertThat(this.versions.find(3).blockOptional(Duration.ofSeconds(5))).isEmpty();
	}

	private Library load() {
		return this.loader.load(this.seeds.toUri().toString()).block(Duration.ofSeconds(30));
	}

	private void write(String name, String content) throws IOException {
		Files.writeString(this.seeds.resolve(name), content);
	}

	private static String article(String id, String title) {
		StringBuilder examples = new StringBuilder();
		for (String example : List.of("một", "hai", "ba", "bốn", "năm")) {
			for (int i = 0; i < 5; i++) {
				examples.append("- ").append(id).append(" câu ").append(example).append(' ').append(i).append('\n');
			}
		}
		return """
				---
				id: %s
				title: %s
				version: 1
				reviewed: 2026-11-22
				sources:
				  - title: Nguồn
				    url: https://vneid.gov.vn
				---
				## Trả lời ngắn

				1. Bước một.
				2. Bước hai.

				## Hướng dẫn chi tiết

				Chi tiết.

				## Câu hỏi mẫu

				%s""".formatted(id, title, examples);
	}

}

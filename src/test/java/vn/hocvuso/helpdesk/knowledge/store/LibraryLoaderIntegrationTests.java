package vn.hocvuso.helpdesk.knowledge.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Mono;

import vn.hocvuso.helpdesk.knowledge.Library;
import vn.hocvuso.helpdesk.knowledge.LibraryValidator;
import vn.hocvuso.helpdesk.knowledge.TopicCatalog;

import static org.assertj.core.api.Assertions.assertThat;

/** Seeding and loading against a real MongoDB-wire server over TCP. */
class LibraryLoaderIntegrationTests {

	@TempDir
	Path seeds;

	MongoServer server;

	MongoClient client;

	MongoDatabase database;

	LibraryLoader loader;

	@BeforeEach
	void startStore() {
		this.server = new MongoServer(new MemoryBackend());
		this.client = MongoClients.create(this.server.bindAndGetConnectionString());
		this.database = this.client.getDatabase("loader-test");
		TopicCatalog catalog = TopicCatalog.parse("id\ttitle\nvneid.install\tCài VNeID\ndvc.submit\tNộp hồ sơ\n");
		LibraryValidator validator = new LibraryValidator(catalog);
		this.loader = new LibraryLoader(new ArticleRepository(this.database), new SeedFiles(validator), validator);
	}

	@AfterEach
	void stopStore() {
		this.client.close();
		this.server.shutdown();
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
	void neverOverwritesArticlesAlreadyInTheStore() throws IOException {
		write("vneid.install.md", article("vneid.install", "Cài VNeID"));
		load();
		Mono.from(this.database.getCollection("articles")
			.updateOne(new Document("_id", "vneid.install"),
					new Document("$set", new Document("title", "Sửa bởi cán bộ"))))
			.block(Duration.ofSeconds(5));
		write("vneid.install.md", article("vneid.install", "Bản trong tệp mới"));
		write("dvc.submit.md", article("dvc.submit", "Nộp hồ sơ"));
		Library library = load();
		assertThat(library.article("vneid.install").orElseThrow().title()).isEqualTo("Sửa bởi cán bộ");
		assertThat(library.articles()).containsOnlyKeys("vneid.install");
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

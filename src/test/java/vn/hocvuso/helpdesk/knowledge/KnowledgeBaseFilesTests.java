package vn.hocvuso.helpdesk.knowledge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The library in the repository keeps every rule, so a fresh store starts complete. */
class KnowledgeBaseFilesTests {

	static final Path FOLDER = Path.of("knowledge-base");

	static TopicCatalog catalog;

	static List<Article> articles;

	@BeforeAll
	static void readLibrary() throws IOException {
		catalog = TopicCatalog.parse(Files.readString(FOLDER.resolve("topics.tsv"), StandardCharsets.UTF_8));
		ArticleParser parser = new ArticleParser();
		articles = new ArrayList<>();
		try (Stream<Path> files = Files.list(FOLDER)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".md")).sorted().toList()) {
				articles.add(parser.parse(file.getFileName().toString(), Files.readString(file)));
			}
		}
	}

	@Test
	void theLibraryHasNoProblems() {
		assertThat(new LibraryValidator(catalog).check(articles)).isEmpty();
	}

	@Test
	void coversEveryTopicOfTheCatalogueAndTheSystemIntents() {
		assertThat(catalog.ids()).hasSize(32);
		assertThat(articles).extracting(Article::id).containsAll(catalog.ids()).containsAll(SystemIntents.ALL);
	}

	@Test
	void eachFileIsNamedAfterItsArticle() throws IOException {
		try (Stream<Path> files = Files.list(FOLDER)) {
			List<String> names = files.map((f) -> f.getFileName().toString()).filter((n) -> n.endsWith(".md")).toList();
			assertThat(names)
				.containsExactlyInAnyOrderElementsOf(articles.stream().map((article) -> article.id() + ".md").toList());
		}
	}

	/**
	 * Official: government sites, the national cyber-security centre's services (which
	 * use .vn, not .gov.vn), the national legal databases and the official app stores.
	 */
	static final String OFFICIAL = "https://([a-z0-9-]+\\.)*(gov\\.vn|chinhphu\\.vn|vbpl\\.vn|thuvienphapluat\\.vn"
			+ "|khonggianmang\\.vn|tinnhiemmang\\.vn|play\\.google\\.com|apps\\.apple\\.com)(/.*)?";

	/**
	 * National and provincial newspapers, cited only where no official page states the
	 * fact.
	 */
	static final String NEWSPAPER = "https://([a-z0-9-]+\\.)*(vietnamplus\\.vn|vietnamnet\\.vn|thanhnien\\.vn"
			+ "|znews\\.vn|plo\\.vn|baoquocte\\.vn|dantri\\.com\\.vn|baohaiduong\\.vn)(/.*)?";

	@Test
	void topicArticlesCiteOfficialHttpsSources() {
		for (Article article : articles) {
			for (Article.Source source : article.sources()) {
				assertThat(source.url()).as(article.id()).matches(OFFICIAL + "|" + NEWSPAPER);
			}
			if (!SystemIntents.isSystem(article.id())) {
				assertThat(article.sources()).as(article.id()).anyMatch((source) -> source.url().matches(OFFICIAL));
			}
		}
	}

	@Test
	void articlesAboutAccountsWarnNeverToShareThePasswordOrOtp() {
		List<String> accountTopics = articles.stream()
			.map(Article::id)
			.filter((id) -> id.startsWith("vneid.") || id.startsWith("dvc.") || id.startsWith("payment.")
					|| id.startsWith("scam.") || id.equals("security.account") || id.equals("phone.zalo"))
			.toList();
		assertThat(accountTopics).hasSizeGreaterThan(20);
		for (Article article : articles) {
			if (accountTopics.contains(article.id())) {
				assertThat(article.shortAnswer()).as(article.id()).containsIgnoringCase("OTP").contains("mật khẩu");
			}
		}
	}

	@Test
	void theVictimTopicIsUrgentAndNoOtherIs() {
		assertThat(articles).filteredOn(Article::isUrgent).extracting(Article::id).containsExactly("scam.victim");
	}

	@Test
	void shortAnswersAreNumberedStepsForTopics() {
		for (Article article : articles) {
			if (!SystemIntents.isSystem(article.id())) {
				assertThat(article.shortAnswer()).as(article.id()).containsPattern("(?m)^1\\. ").contains("\n2. ");
			}
		}
	}

}

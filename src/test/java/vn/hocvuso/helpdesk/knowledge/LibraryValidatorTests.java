package vn.hocvuso.helpdesk.knowledge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LibraryValidatorTests {

	private final TopicCatalog catalog = TopicCatalog
		.parse("id\ttitle\tscope\turgency\nvneid.install\tCài VNeID\ts\tnormal\ndvc.submit\tNộp hồ sơ\ts\tnormal\n");

	private final LibraryValidator validator = new LibraryValidator(this.catalog);

	@Test
	void aCompleteLibraryHasNoProblems() {
		assertThat(this.validator.check(List.of(article("vneid.install", "a"), article("dvc.submit", "b")))).isEmpty();
	}

	@Test
	void reportsAMissingTopic() {
		assertThat(this.validator.check(List.of(article("vneid.install", "a"))))
			.containsExactly(new LibraryProblem("dvc.submit", "no article for this topic"));
	}

	@Test
	void reportsAnUnknownTopicId() {
		assertThat(this.validator.check(article("vneid.instal", "a"))).extracting(LibraryProblem::problem)
			.containsExactly("unknown topic id");
	}

	@Test
	void reportsAShortAnswerOverTheLimitWithItsLength() {
		Article longAnswer = withShortAnswer(article("vneid.install", "a"), "ạ".repeat(601));
		assertThat(this.validator.check(longAnswer)).extracting(LibraryProblem::problem)
			.containsExactly("the short answer has 601 characters; the limit is 600");
	}

	@Test
	void reportsTooFewExamples() {
		Article few = new Article("vneid.install", "T", List.of(), 1, LocalDate.now(), Article.Urgency.NORMAL,
				List.of(new Article.Source("s", "https://vneid.gov.vn")), "1. a\n2. b", "", List.of("one", "two"));
		assertThat(this.validator.check(few)).extracting(LibraryProblem::problem)
			.containsExactly("has 2 example questions; at least 25 are needed");
	}

	@Test
	void reportsAnExampleClaimedByTwoTopicsEvenWithDifferentCaseAndSpacing() {
		Article first = article("vneid.install", "a");
		List<String> examples = new ArrayList<>(article("dvc.submit", "b").examples());
		examples.set(0, "  " + first.examples().get(3).toUpperCase() + "?");
		Article second = withExamples(article("dvc.submit", "b"), examples);
		assertThat(this.validator.check(List.of(first, second))).extracting(LibraryProblem::problem)
			.singleElement()
			.asString()
			.contains("is already an example of vneid.install");
	}

	@Test
	void reportsMissingAndNonHttpsSources() {
		Article noSources = new Article("vneid.install", "T", List.of(), 1, LocalDate.now(), Article.Urgency.NORMAL,
				List.of(), "1. a", "", examples("a"));
		Article http = new Article("vneid.install", "T", List.of(), 1, LocalDate.now(), Article.Urgency.NORMAL,
				List.of(new Article.Source("s", "http://vneid.gov.vn")), "1. a", "", examples("a"));
		assertThat(this.validator.check(noSources)).extracting(LibraryProblem::problem)
			.containsExactly("no official source is listed");
		assertThat(this.validator.check(http)).extracting(LibraryProblem::problem)
			.containsExactly("source http://vneid.gov.vn is not an https:// link");
	}

	static Article article(String id, String prefix) {
		return new Article(id, "Tiêu đề", List.of(), 1, LocalDate.of(2026, 11, 22), Article.Urgency.NORMAL,
				List.of(new Article.Source("Nguồn", "https://vneid.gov.vn")), "1. Bước một\n2. Bước hai", "",
				examples(prefix));
	}

	static List<String> examples(String prefix) {
		return IntStream.range(0, 25).mapToObj((i) -> prefix + " câu hỏi " + i).toList();
	}

	static Article withShortAnswer(Article a, String shortAnswer) {
		return new Article(a.id(), a.title(), a.tags(), a.version(), a.reviewed(), a.urgency(), a.sources(),
				shortAnswer, a.guide(), a.examples());
	}

	static Article withExamples(Article a, List<String> examples) {
		return new Article(a.id(), a.title(), a.tags(), a.version(), a.reviewed(), a.urgency(), a.sources(),
				a.shortAnswer(), a.guide(), examples);
	}

}

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
		assertThat(this.validator.check(List.of(article("vneid.install", "a")))).containsExactly(new LibraryProblem(
				"dvc.submit", LibraryProblem.Rule.MISSING_ARTICLE, "chủ đề này chưa có bài hướng dẫn"));
	}

	@Test
	void reportsAnUnknownTopicId() {
		assertThat(this.validator.check(article("vneid.instal", "a"))).extracting(LibraryProblem::problem)
			.containsExactly("mã chủ đề không có trong danh mục chủ đề");
	}

	@Test
	void reportsAShortAnswerOverTheLimitWithItsLength() {
		Article longAnswer = withShortAnswer(article("vneid.install", "a"), "ạ".repeat(601));
		assertThat(this.validator.check(longAnswer)).extracting(LibraryProblem::problem)
			.containsExactly("phần trả lời ngắn có 601 ký tự, vượt giới hạn 600 ký tự");
	}

	@Test
	void reportsTooFewExamples() {
		Article few = new Article("vneid.install", "T", List.of(), 1, LocalDate.now(), Article.Urgency.NORMAL,
				List.of(new Article.Source("s", "https://vneid.gov.vn")), "1. a\n2. b", "", List.of("one", "two"));
		assertThat(this.validator.check(few)).extracting(LibraryProblem::problem)
			.containsExactly("mới có 2 câu hỏi mẫu, cần ít nhất 25 câu");
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
			.contains("đã là câu hỏi mẫu của chủ đề vneid.install (Cài VNeID)");
	}

	@Test
	void reportsMissingAndNonHttpsSources() {
		Article noSources = new Article("vneid.install", "T", List.of(), 1, LocalDate.now(), Article.Urgency.NORMAL,
				List.of(), "1. a", "", examples("a"));
		Article http = new Article("vneid.install", "T", List.of(), 1, LocalDate.now(), Article.Urgency.NORMAL,
				List.of(new Article.Source("s", "http://vneid.gov.vn")), "1. a", "", examples("a"));
		assertThat(this.validator.check(noSources)).extracting(LibraryProblem::problem)
			.containsExactly("chưa ghi nguồn chính thức nào");
		assertThat(this.validator.check(http)).extracting(LibraryProblem::problem)
			.containsExactly("nguồn http://vneid.gov.vn không phải đường dẫn https://");
	}

	@Test
	void namesTheOtherTopicOfAnExampleAnArticleWouldShare() {
		Article install = article("vneid.install", "a");
		Article submit = withExamples(article("dvc.submit", "b"), List.of("b câu hỏi 1", "A CÂU HỎI 2!"));
		assertThat(this.validator.conflicts(submit, List.of(install, article("dvc.submit", "a"))))
			.extracting(LibraryProblem::rule, LibraryProblem::problem)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(LibraryProblem.Rule.DUPLICATE_EXAMPLE,
					"câu hỏi mẫu \"A CÂU HỎI 2!\" đã là câu hỏi mẫu của chủ đề vneid.install (Cài VNeID)"));
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

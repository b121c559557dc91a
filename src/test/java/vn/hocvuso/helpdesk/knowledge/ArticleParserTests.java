package vn.hocvuso.helpdesk.knowledge;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArticleParserTests {

	private static final String GOOD = """
			---
			id: vneid.install
			title: Cài đặt ứng dụng VNeID
			tags: [vneid, cài đặt]
			version: 3
			reviewed: 2026-11-22
			sources:
			  - title: VNeID
			    url: https://vneid.gov.vn
			---

			## Trả lời ngắn

			1. Mở CH Play.
			2. Tìm "VNeID".

			## Hướng dẫn chi tiết

			Xem **kỹ** tên nhà phát triển.

			## Câu hỏi mẫu

			- cai vneid o dau
			- tải VNeID thế nào?
			""";

	private final ArticleParser parser = new ArticleParser();

	@Test
	void readsFrontMatterAndTheThreeSections() {
		Article article = this.parser.parse("vneid.install.md", GOOD);
		assertThat(article.id()).isEqualTo("vneid.install");
		assertThat(article.title()).isEqualTo("Cài đặt ứng dụng VNeID");
		assertThat(article.tags()).containsExactly("vneid", "cài đặt");
		assertThat(article.version()).isEqualTo(3);
		assertThat(article.reviewed()).isEqualTo(LocalDate.of(2026, 11, 22));
		assertThat(article.urgency()).isEqualTo(Article.Urgency.NORMAL);
		assertThat(article.sources()).containsExactly(new Article.Source("VNeID", "https://vneid.gov.vn"));
		assertThat(article.shortAnswer()).isEqualTo("1. Mở CH Play.\n2. Tìm \"VNeID\".");
		assertThat(article.guide()).isEqualTo("Xem **kỹ** tên nhà phát triển.");
		assertThat(article.examples()).containsExactly("cai vneid o dau", "tải VNeID thế nào?");
	}

	@Test
	void readsWindowsLineEndings() {
		Article article = this.parser.parse("vneid.install.md", GOOD.replace("\n", "\r\n"));
		assertThat(article.examples()).hasSize(2);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"',
			textBlock = """
					no front matter          | id: x                                    | must start with a '---'
					unclosed front matter    | ---\\nid: x\\n                            | no closing '---'
					broken YAML              | ---\\nid: [x\\n---\\n                      | not valid YAML
					missing id               | ---\\ntitle: T\\nreviewed: 2026-01-01\\n---\\n | no 'id'
					bad date                 | ---\\nid: a\\ntitle: T\\nreviewed: soon\\n---\\n | 'reviewed' must be a date
					bad urgency              | ---\\nid: a\\ntitle: T\\nreviewed: 2026-01-01\\nurgency: now\\n---\\n | 'urgency' must be normal or urgent
					bad version              | ---\\nid: a\\ntitle: T\\nreviewed: 2026-01-01\\nversion: two\\n---\\n | 'version' must be a whole number
					source without url       | ---\\nid: a\\ntitle: T\\nreviewed: 2026-01-01\\nsources: [{title: x}]\\n---\\n | each source needs a 'url'
					""")
	void namesTheFileAndTheProblem(String name, String content, String problem) {
		assertThatThrownBy(() -> this.parser.parse("broken.md", content.replace("\\n", "\n")))
			.isInstanceOf(ArticleFormatException.class)
			.hasMessageStartingWith("broken.md: ")
			.hasMessageContaining(problem);
	}

}

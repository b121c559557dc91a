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
					no front matter          | id: x                                    | phải mở đầu bằng phần thông tin đầu bài
					unclosed front matter    | ---\\nid: x\\n                            | thiếu dòng '---' để kết thúc
					broken YAML              | ---\\nid: [x\\n---\\n                      | sai cú pháp YAML (dòng 2)
					a list, not fields       | ---\\n- id\\n---\\n                        | các dòng dạng 'tên: giá trị'
					missing id               | ---\\ntitle: T\\nreviewed: 2026-01-01\\n---\\n | thiếu mục 'id'
					bad date                 | ---\\nid: a\\ntitle: T\\nreviewed: soon\\n---\\n | 'reviewed' phải là một ngày dạng 2026-11-22
					bad urgency              | ---\\nid: a\\ntitle: T\\nreviewed: 2026-01-01\\nurgency: now\\n---\\n | 'urgency' phải là normal hoặc urgent, không phải 'now'
					bad version              | ---\\nid: a\\ntitle: T\\nreviewed: 2026-01-01\\nversion: two\\n---\\n | 'version' phải là số nguyên từ 1 trở lên
					version zero             | ---\\nid: a\\ntitle: T\\nreviewed: 2026-01-01\\nversion: 0\\n---\\n | 'version' phải là số nguyên từ 1 trở lên, không phải '0'
					tags not a list          | ---\\nid: a\\ntitle: T\\nreviewed: 2026-01-01\\ntags: 5\\n---\\n | 'tags' phải là danh sách
					sources not a list       | ---\\nid: a\\ntitle: T\\nreviewed: 2026-01-01\\nsources: x\\n---\\n | 'sources' phải là danh sách các nguồn
					source without url       | ---\\nid: a\\ntitle: T\\nreviewed: 2026-01-01\\nsources: [{title: x}]\\n---\\n | mỗi nguồn cần có 'url'
					""")
	void namesTheFileAndTheProblem(String name, String content, String problem) {
		assertThatThrownBy(() -> this.parser.parse("broken.md", content.replace("\\n", "\n")))
			.isInstanceOf(ArticleFormatException.class)
			.hasMessageStartingWith("broken.md: ")
			.hasMessageContaining(problem);
	}

}

package vn.hocvuso.helpdesk.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleWriterTests {

	private final ArticleParser parser = new ArticleParser();

	private final ArticleWriter writer = new ArticleWriter();

	static Stream<Path> libraryFiles() throws IOException {
		return Files.list(KnowledgeBaseFilesTests.FOLDER).filter((file) -> file.toString().endsWith(".md")).sorted();
	}

	@ParameterizedTest
	@MethodSource("libraryFiles")
	void everyArticleOfTheLibraryReadsBackUnchanged(Path file) throws IOException {
		Article article = this.parser.parse(file.getFileName().toString(), Files.readString(file));
		assertThat(this.parser.parse(ArticleWriter.fileName(article), this.writer.write(article))).isEqualTo(article);
	}

	@ParameterizedTest
	@ValueSource(strings = { "1. cai vneid", "# quên mật khẩu", "- chuyển nhầm", "mk *vneid* là gì", "a_b [x](y) <b>",
			"C:\\vneid", "2) đăng nhập", "> trích", "dấu & và !" })
	void examplesWithMarkdownCharactersReadBackUnchanged(String example) {
		Article article = article(List.of(example, "cai vneid"), "Tiêu đề: có dấu hai chấm # và 'nháy'");
		assertThat(this.parser.parse("vneid.install.md", this.writer.write(article))).isEqualTo(article);
	}

	@Test
	void writesTheSectionsStaffKnowFromTheFiles() {
		String text = this.writer.write(article(List.of("cai vneid"), "Cài VNeID"));
		assertThat(text).startsWith("---\nid: vneid.install\ntitle: Cài VNeID\n")
			.contains("reviewed: '2026-11-22'", "## Trả lời ngắn\n\n1. Mở CH Play.", "## Câu hỏi mẫu\n\n- cai vneid\n");
	}

	private static Article article(List<String> examples, String title) {
		return new Article("vneid.install", title, List.of("vneid", "cài đặt"), 2, LocalDate.of(2026, 11, 22),
				Article.Urgency.URGENT, List.of(new Article.Source("VNeID: trang chính", "https://vneid.gov.vn")),
				"1. Mở CH Play.\n2. Tìm \"VNeID\".", "### Chi tiết\n\nXem **kỹ**.", examples);
	}

}

package vn.hocvuso.helpdesk.editor;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.hocvuso.helpdesk.HelpdeskIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad edits and bad uploads get a precise problem naming what is wrong, and change
 * nothing: no draft, no version.
 */
@HelpdeskIntegrationTest
@TestPropertySource(properties = LibraryApi.SEPARATE_CONTEXT)
class LibraryBadInputIntegrationTests {

	@LocalServerPort
	int port;

	LibraryApi api;

	@BeforeEach
	void connect() {
		this.api = new LibraryApi(this.port);
	}

	@Test
	void refusesAShortAnswerOverTheLimitNamingItsLength() {
		Map<String, Object> article = this.api.liveArticle("vneid.login");
		article.put("shortAnswer", "ạ".repeat(601));
		assertRefused(this.api.send("PUT", "/api/v1/library/articles/vneid.login/draft", article), 422,
				"601 ký tự, vượt giới hạn 600");
		assertNoDraft("vneid.login");
	}

	@Test
	@SuppressWarnings("unchecked")
	void refusesAnExampleThatAnotherTopicHasNamingThatTopic() {
		String taken = ((List<String>) this.api.liveArticle("vneid.install").get("examples")).get(0);
		Map<String, Object> article = this.api.liveArticle("vneid.login");
		article.put("examples", List.of(taken.toUpperCase()));
		assertRefused(this.api.send("PUT", "/api/v1/library/articles/vneid.login/draft", article), 422,
				"đã là câu hỏi mẫu của chủ đề vneid.install (Cài đặt ứng dụng VNeID)");
		assertNoDraft("vneid.login");
	}

	@Test
	void refusesAnUnknownTopicAndMalformedFields() {
		Map<String, Object> article = this.api.liveArticle("vneid.login");
		assertRefused(this.api.send("PUT", "/api/v1/library/articles/vneid.khong-co/draft", article), 404,
				"vneid.khong-co");
		article.put("reviewed", "22/11/2026");
		assertRefused(this.api.send("PUT", "/api/v1/library/articles/vneid.login/draft", article), 400,
				"phải có dạng 2026-11-22");
		article.put("reviewed", "2026-11-22");
		article.put("guide", "## Mục mới\nchữ");
		assertRefused(this.api.send("PUT", "/api/v1/library/articles/vneid.login/draft", article), 400, "##");
		assertNoDraft("vneid.login");
	}

	@Test
	void refusesAZipThatClimbsOutOfItsFolderOrHasABadFile() throws IOException {
		int version = this.api.liveVersion();
		assertRefused(upload(zip(Map.of("../vneid.login.md", "x"))), 422, "../vneid.login.md");
		assertRefused(upload(zip(Map.of("vneid.login.md", "không có phần đầu"))), 422,
				"vneid.login.md: tệp phải mở đầu bằng phần thông tin đầu bài");
		assertRefused(upload(zip(Map.of("vneid.login.md", "---\nid: vneid.login\ntitle: T\nversion: 0\n---\n"))), 422,
				"'version' phải là số nguyên từ 1 trở lên");
		assertRefused(upload(zip(Map.of("virus.exe", "MZ"))), 422, "virus.exe");
		assertRefused(upload("không phải zip".getBytes(StandardCharsets.UTF_8)), 422, "không phải tệp zip");
		byte[] whole = zip(Map.of("vneid.login.md", "câu hỏi mẫu ".repeat(2_000)));
		assertRefused(upload(java.util.Arrays.copyOf(whole, whole.length / 2)), 422, "tệp zip bị hỏng");
		assertNoDraft("vneid.login");
		assertThat(this.api.liveVersion()).isEqualTo(version);
	}

	@Test
	void refusesAnUploadOverTheLimit() {
		assertRefused(upload(new byte[300 * 1024]), 413, "200 KB");
	}

	@Test
	void staffOnly() {
		this.api.client().http().get().uri("/api/v1/library/articles").exchange().expectStatus().isUnauthorized();
	}

	private WebTestClient.ResponseSpec upload(byte[] body) {
		return this.api.client()
			.http()
			.post()
			.uri("/api/v1/library/import")
			.headers((headers) -> headers.setBasicAuth("admin", HelpdeskIntegrationTest.ADMIN_PASSWORD))
			.contentType(MediaType.parseMediaType("application/zip"))
			.bodyValue(body)
			.exchange();
	}

	static byte[] zip(Map<String, String> files) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, String> file : files.entrySet()) {
				zip.putNextEntry(new ZipEntry(file.getKey()));
				zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

	private void assertRefused(WebTestClient.ResponseSpec response, int status, String named) {
		Map<String, Object> problem = response.expectStatus()
			.isEqualTo(status)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody(LibraryApi.JSON)
			.returnResult()
			.getResponseBody();
		assertThat(problem.get("detail").toString() + problem.getOrDefault("problems", "")).contains(named);
	}

	private void assertNoDraft(String id) {
		assertThat(this.api.json(this.api.get("/api/v1/library/articles/" + id), 200).get("draft")).isNull();
	}

}

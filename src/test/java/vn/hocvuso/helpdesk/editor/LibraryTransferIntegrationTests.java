package vn.hocvuso.helpdesk.editor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

import vn.hocvuso.helpdesk.HelpdeskIntegrationTest;
import vn.hocvuso.helpdesk.knowledge.Article;
import vn.hocvuso.helpdesk.knowledge.ArticleParser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exported zip is the knowledge-base/ format, and importing an edited one makes
 * drafts.
 */
@HelpdeskIntegrationTest
@TestPropertySource(properties = LibraryApi.SEPARATE_CONTEXT)
class LibraryTransferIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void exportsTheLibraryAsArticleFilesAndImportsAnEditedOneAsADraft() throws IOException {
		LibraryApi api = new LibraryApi(this.port);
		byte[] zip = api.get("/api/v1/library/export")
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType("application/zip")
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		Map<String, String> files = unzip(zip);
		assertThat(files).containsKey("knowledge-base/vneid.install.md").hasSize(36);
		Article install = new ArticleParser().parse("vneid.install.md", files.get("knowledge-base/vneid.install.md"));
		assertThat(install.examples()).hasSizeGreaterThanOrEqualTo(25);

		String edited = files.get("knowledge-base/payment.qr.md") + "- quét mã qr bị báo sai tên người nhận thì sao\n";
		Map<String, Object> report = api.json(api.client()
			.http()
			.post()
			.uri("/api/v1/library/import")
			.headers((headers) -> headers.setBasicAuth("admin", HelpdeskIntegrationTest.ADMIN_PASSWORD))
			.contentType(MediaType.parseMediaType("application/zip"))
			.bodyValue(LibraryBadInputIntegrationTests.zip(Map.of("knowledge-base/payment.qr.md", edited,
					"knowledge-base/vneid.install.md", files.get("knowledge-base/vneid.install.md"))))
			.exchange(), 200);
		assertThat(report.get("saved")).isEqualTo(List.of("payment.qr"));
		assertThat(report.get("unchanged")).isEqualTo(List.of("vneid.install"));
		assertThat(api.json(api.get("/api/v1/library/articles/payment.qr"), 200).get("draft")).isNotNull();
		api.send("DELETE", "/api/v1/library/articles/payment.qr/draft", Map.of()).expectStatus().isNoContent();
	}

	private static Map<String, String> unzip(byte[] zip) throws IOException {
		Map<String, String> files = new java.util.LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		return files;
	}

}

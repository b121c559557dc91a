package vn.hocvuso.helpdesk.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.hocvuso.helpdesk.HelpdeskApplication;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded store's H2 file keeps cases across a stop and a start. */
class PersistenceIntegrationTests {

	@TempDir
	Path dataDir;

	@Test
	void aCaseWrittenBeforeAStopIsThereAfterTheNextStart() {
		String caseId;
		try (ConfigurableApplicationContext first = start()) {
			caseId = (String) client(first).post()
				.uri("/api/v1/webchat/messages")
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(Map.of("sessionId", "persisted-session", "text", "cai vneid o dau"))
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
				})
				.returnResult()
				.getResponseBody()
				.get("caseId");
		}
		assertThat(Files.exists(this.dataDir.resolve("helpdesk.mv"))).isTrue();
		try (ConfigurableApplicationContext second = start()) {
			List<Map<String, Object>> cases = client(second).get()
				.uri("/api/v1/cases")
				.headers((headers) -> headers.setBasicAuth("admin", "persist-password"))
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {
				})
				.returnResult()
				.getResponseBody();
			assertThat(cases).extracting((c) -> c.get("id")).containsExactly(caseId);
			assertThat(cases.get(0)).containsEntry("topic", "vneid.install");
		}
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplication(HelpdeskApplication.class).run("--server.port=0",
				"--helpdesk.store.embedded-backend=h2", "--helpdesk.store.data-dir=" + this.dataDir,
				"--helpdesk.admin.initial-password=persist-password");
	}

	private static WebTestClient client(ConfigurableApplicationContext context) {
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
	}

}

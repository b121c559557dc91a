package vn.hocvuso.helpdesk.admin;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.hocvuso.helpdesk.HelpdeskIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@HelpdeskIntegrationTest
class CasesApiIntegrationTests {

	@LocalServerPort
	int port;

	WebTestClient client;

	@BeforeEach
	void connect() {
		this.client = WebTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
	}

	@Test
	void everyMessageBecomesACaseNewestFirst() {
		String session = "cases-" + UUID.randomUUID();
		chat(session, "cai vneid o dau");
		chat(session, "giá vàng hôm nay");
		List<Map<String, Object>> cases = cases("/api/v1/cases?limit=2");
		assertThat(cases).extracting((c) -> c.get("text")).containsExactly("giá vàng hôm nay", "cai vneid o dau");
		assertThat(cases.get(0).get("status")).isEqualTo("ESCALATED");
		assertThat(cases.get(1)).containsEntry("status", "ANSWERED")
			.containsEntry("topic", "vneid.install")
			.containsEntry("decision", "answer")
			.containsEntry("channel", "WEBCHAT")
			.containsKeys("receivedAt", "repliedAt", "reply", "normalizedText", "confidence", "residentId");
	}

	@Test
	void storesPersonalNumbersMaskedButKeepsSmallNumbers() {
		String session = "redact-" + UUID.randomUUID();
		chat(session, "tổ 5 đây, số tôi 0912345678, cccd 001203004567, mã 482913 có người hỏi năm 2025");
		Map<String, Object> stored = cases("/api/v1/cases?limit=1").get(0);
		assertThat((String) stored.get("text")).doesNotContain("0912345678", "001203004567", "482913")
			.contains("tổ 5", "năm 2025", "[số điện thoại]", "[số giấy tờ]", "[mã số]");
		assertThat((String) stored.get("normalizedText")).doesNotContain("0912345678", "001203004567", "482913");
	}

	@Test
	void filtersByStatusAndTopic() {
		chat("filter-" + UUID.randomUUID(), "quen mat khau vneid k vao dc");
		List<Map<String, Object>> answered = cases("/api/v1/cases?status=answered&topic=vneid.login&limit=50");
		assertThat(answered).isNotEmpty()
			.allSatisfy((c) -> assertThat(c).containsEntry("status", "ANSWERED").containsEntry("topic", "vneid.login"));
	}

	@Test
	void refusesAnUnknownStatusWithAProblem() {
		this.client.get()
			.uri("/api/v1/cases?status=LOST")
			.headers((headers) -> headers.setBasicAuth("admin", HelpdeskIntegrationTest.ADMIN_PASSWORD))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void casesNeedAStaffLogin() {
		this.client.get()
			.uri("/api/v1/cases")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		this.client.get()
			.uri("/api/v1/cases")
			.headers((headers) -> headers.setBasicAuth("admin", "wrong password"))
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	@Test
	void healthIncludesTheStoreAndMetricsAreExposed() {
		this.client.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP")
			.jsonPath("$.components.store.status")
			.isEqualTo("UP");
		chat("metrics-" + UUID.randomUUID(), "xin chào");
		String metrics = this.client.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(metrics).contains("helpdesk_messages_received_total{channel=\"webchat\"")
			.contains("helpdesk_decisions_total");
	}

	private void chat(String session, String text) {
		this.client.post()
			.uri("/api/v1/webchat/messages")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("sessionId", session, "text", text))
			.exchange()
			.expectStatus()
			.isOk();
	}

	private List<Map<String, Object>> cases(String uri) {
		return this.client.get()
			.uri(uri)
			.headers((headers) -> headers.setBasicAuth("admin", HelpdeskIntegrationTest.ADMIN_PASSWORD))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.returnResult()
			.getResponseBody();
	}

}

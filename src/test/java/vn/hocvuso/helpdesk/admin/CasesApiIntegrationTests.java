package vn.hocvuso.helpdesk.admin;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

import vn.hocvuso.helpdesk.HelpdeskClient;
import vn.hocvuso.helpdesk.HelpdeskIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@HelpdeskIntegrationTest
class CasesApiIntegrationTests {

	@LocalServerPort
	int port;

	HelpdeskClient client;

	@BeforeEach
	void connect() {
		this.client = HelpdeskClient.on(this.port);
	}

	@Test
	void everyMessageBecomesACaseNewestFirst() {
		String session = "cases-" + UUID.randomUUID();
		this.client.chat(session, "cai vneid o dau");
		this.client.chat(session, "giá vàng hôm nay");
		List<Map<String, Object>> cases = this.client.staffList("/api/v1/cases?limit=2");
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
		this.client.chat(session, "tổ 5 đây, số tôi 0912345678, cccd 001203004567, mã 482913 có người hỏi năm 2025");
		Map<String, Object> stored = this.client.staffList("/api/v1/cases?limit=1").get(0);
		assertThat((String) stored.get("text")).doesNotContain("0912345678", "001203004567", "482913")
			.contains("tổ 5", "năm 2025", "[số điện thoại]", "[số giấy tờ]", "[mã số]");
		assertThat((String) stored.get("normalizedText")).doesNotContain("0912345678", "001203004567", "482913");
	}

	@Test
	void filtersByStatusAndTopic() {
		this.client.chat("filter-" + UUID.randomUUID(), "quen mat khau vneid k vao dc");
		List<Map<String, Object>> answered = this.client
			.staffList("/api/v1/cases?status=answered&topic=vneid.login&limit=50");
		assertThat(answered).isNotEmpty()
			.allSatisfy((c) -> assertThat(c).containsEntry("status", "ANSWERED").containsEntry("topic", "vneid.login"));
	}

	@Test
	void refusesAnUnknownStatusWithAProblem() {
		this.client.staffGet("/api/v1/cases?status=LOST")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void casesNeedAStaffLogin() {
		this.client.http()
			.get()
			.uri("/api/v1/cases")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		this.client.http()
			.get()
			.uri("/api/v1/cases")
			.headers((headers) -> headers.setBasicAuth("admin", "wrong password"))
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	@Test
	void healthIncludesTheStoreAndMetricsAreExposed() {
		this.client.http()
			.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP")
			.jsonPath("$.components.store.status")
			.isEqualTo("UP");
		this.client.chat("metrics-" + UUID.randomUUID(), "xin chào");
		String metrics = this.client.http()
			.get()
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

}

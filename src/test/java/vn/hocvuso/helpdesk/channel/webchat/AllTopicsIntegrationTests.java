package vn.hocvuso.helpdesk.channel.webchat;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.hocvuso.helpdesk.HelpdeskIntegrationTest;
import vn.hocvuso.helpdesk.knowledge.TopicCatalog;

/** Every topic of the catalogue answers in the web chat when asked by its plain title. */
@HelpdeskIntegrationTest
class AllTopicsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TopicCatalog catalog;

	WebTestClient client;

	@BeforeEach
	void connect() {
		this.client = WebTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
	}

	static Stream<String> topics() {
		return Stream.of("vneid.install", "vneid.register", "vneid.activate", "vneid.login", "vneid.new-device",
				"vneid.change-phone", "vneid.documents", "vneid.residence", "dvc.login", "dvc.submit", "dvc.status",
				"dvc.fee", "dvc.civil-status", "dvc.judicial-record", "payment.bank-app", "payment.qr",
				"payment.biometric", "payment.wrong-transfer", "scam.impersonation", "scam.otp", "scam.links",
				"scam.job-investment", "scam.victim", "scam.report", "phone.basics", "phone.zalo", "security.account",
				"campaign.about", "campaign.classes", "campaign.online-learning", "campaign.ambassador",
				"campaign.devices");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("topics")
	void answersTheTopicWhenAskedByItsTitle(String topic) {
		String question = "cho hỏi về " + this.catalog.titles().get(topic).toLowerCase();
		this.client.post()
			.uri("/api/v1/webchat/messages")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("sessionId", "all-topics-" + topic.replace('.', '-'), "text", question))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.topic")
			.isEqualTo(topic)
			.jsonPath("$.decision")
			.isEqualTo("answer");
	}

}

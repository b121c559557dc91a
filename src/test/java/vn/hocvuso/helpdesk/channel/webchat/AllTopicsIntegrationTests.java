package vn.hocvuso.helpdesk.channel.webchat;

import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.hocvuso.helpdesk.HelpdeskClient;
import vn.hocvuso.helpdesk.HelpdeskIntegrationTest;
import vn.hocvuso.helpdesk.knowledge.TopicCatalog;

import static org.assertj.core.api.Assertions.assertThat;

/** Every topic of the catalogue answers in the web chat when asked by its plain title. */
@HelpdeskIntegrationTest
class AllTopicsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TopicCatalog catalog;

	HelpdeskClient client;

	@BeforeEach
	void connect() {
		this.client = HelpdeskClient.on(this.port);
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
		assertThat(this.client.chat("all-topics-" + topic.replace('.', '-'), question)).containsEntry("topic", topic)
			.containsEntry("decision", "answer");
	}

}

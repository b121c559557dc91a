package vn.hocvuso.helpdesk.channel.messenger;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.hocvuso.helpdesk.HelpdeskClient;
import vn.hocvuso.helpdesk.WardFixture;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tickets of residents who write on Messenger, through the signed webhook: the
 * ambassador's reply goes out with the Send API as a response, and one Meta refuses
 * because the resident wrote more than 24 hours ago is shown as undeliverable, with the
 * advice to phone.
 */
@MessengerIntegrationTest
class MessengerTicketsIntegrationTests extends MessengerStandIn {

	@LocalServerPort
	int port;

	WebTestClient http;

	WardFixture ward;

	@BeforeEach
	void setUp() {
		graph.stubFor(send().atPriority(10)
			.willReturn(aResponse().withHeader("Content-Type", "application/json")
				.withBody(MessengerSamples.raw("send.success.docs-shape"))));
		HelpdeskClient client = HelpdeskClient.on(this.port, "messenger-admin");
		this.http = client.http();
		this.ward = new WardFixture(client);
	}

	@Test
	void anAmbassadorsReplyReachesTheResidentOnMessenger() {
		String group = this.ward.group();
		String ambassador = this.ward.ambassador(group);
		String psid = newPsid();
		String id = this.ward.ticketFor((text) -> says(psid, text), group, psid).ticketId();
		this.ward.claim(ambassador, id);
		String words = "Dạ chào bác, cháu là đại sứ số. Bác mở Cổng dịch vụ công, chọn Đăng nhập bằng VNeID ạ.";
		this.ward.reply(ambassador, id, words);

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(sendsTo(psid, words)).singleElement()
				.satisfies((request) -> assertThat(request.getBodyAsString())
					.contains("\"messaging_type\":\"RESPONSE\"")));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(WardFixture.messages(this.ward.detail(ambassador, id), "AMBASSADOR"))
				.singleElement()
				.satisfies((message) -> assertThat(message).containsEntry("delivery", "SENT")));
	}

	@Test
	void aReplyOutsideThe24HourWindowIsUndeliverableAndTheTicketAsksToPhone() {
		String group = this.ward.group();
		String ambassador = this.ward.ambassador(group);
		String psid = newPsid();
		String id = this.ward.ticketFor((text) -> says(psid, text), group, psid).ticketId();
		this.ward.claim(ambassador, id);
		String words = "Dạ, hôm qua cháu bận, giờ cháu gửi bác hướng dẫn ạ.";
		graph.stubFor(send().atPriority(1)
			.withRequestBody(matchingJsonPath("$.message.text", equalTo(words)))
			.willReturn(error("send.error-outside-window.docs-shape")));
		this.ward.reply(ambassador, id, words);

		Map<String, Object> ticket = await().atMost(Duration.ofSeconds(10))
			.until(() -> this.ward.detail(ambassador, id),
					(detail) -> Boolean.TRUE.equals(detail.get("replyUndelivered")));
		assertThat(WardFixture.messages(ticket, "AMBASSADOR")).singleElement()
			.satisfies((message) -> assertThat(message).containsEntry("delivery", "UNDELIVERABLE"));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(WardFixture.messages(this.ward.detail(ambassador, id), "SYSTEM"))
				.anySatisfy((message) -> assertThat((String) message.get("text")).contains("qua Messenger")
					.endsWith("Hãy gọi điện cho người dân.")));
		assertThat(sendsTo(psid, words)).as("a refusal for good is not retried").hasSize(1);
	}

	/** A new page-scoped id, as Meta gives each person who writes to the Page. */
	private static String newPsid() {
		return String.valueOf(ThreadLocalRandom.current().nextLong(20_000_000_000_000_000L, 29_999_999_999_999_999L));
	}

	private void says(String psid, String text) {
		MessengerSamples.deliver(this.http, MessengerSamples.text(psid, text)).expectStatus().isOk();
	}

	private List<LoggedRequest> sendsTo(String psid, String text) {
		return graph.findAll(postRequestedFor(urlPathEqualTo(MessengerSamples.SEND))
			.withRequestBody(matchingJsonPath("$.recipient.id", equalTo(psid)))
			.withRequestBody(matchingJsonPath("$.message.text", equalTo(text))));
	}

	private static MappingBuilder send() {
		return post(urlPathEqualTo(MessengerSamples.SEND));
	}

	private static ResponseDefinitionBuilder error(String name) {
		return aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody(MessengerSamples.raw(name));
	}

}

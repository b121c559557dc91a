package vn.hocvuso.helpdesk.channel.messenger;

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
		String psid = newPsid();
		WardFixture.Claimed ticket = this.ward.claimedTicket((text) -> says(psid, text), psid);
		String words = "Dạ chào bác, cháu là đại sứ số. Bác mở Cổng dịch vụ công, chọn Đăng nhập bằng VNeID ạ.";
		this.ward.reply(ticket.ambassador(), ticket.ticketId(), words);

		this.ward.awaitReply(ticket.ambassador(), ticket.ticketId(), "SENT");
		assertThat(sendsTo(psid, words)).singleElement()
			.satisfies((request) -> assertThat(request.getBodyAsString()).contains("\"messaging_type\":\"RESPONSE\""));
	}

	@Test
	void aReplyOutsideThe24HourWindowIsUndeliverableAndTheTicketAsksToPhone() {
		String psid = newPsid();
		WardFixture.Claimed claimed = this.ward.claimedTicket((text) -> says(psid, text), psid);
		String words = "Dạ, hôm qua cháu bận, giờ cháu gửi bác hướng dẫn ạ.";
		graph.stubFor(send().atPriority(1)
			.withRequestBody(matchingJsonPath("$.message.text", equalTo(words)))
			.willReturn(error("send.error-outside-window.docs-shape")));
		this.ward.reply(claimed.ambassador(), claimed.ticketId(), words);

		this.ward.awaitReply(claimed.ambassador(), claimed.ticketId(), "UNDELIVERABLE");
		Map<String, Object> ticket = this.ward.awaitCallNote(claimed.ambassador(), claimed.ticketId());
		assertThat(ticket).containsEntry("replyUndelivered", true);
		assertThat(WardFixture.messages(ticket, "SYSTEM"))
			.anySatisfy((message) -> assertThat((String) message.get("text")).contains("qua Messenger"));
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

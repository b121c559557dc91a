package vn.hocvuso.helpdesk.channel.telegram;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.hocvuso.helpdesk.HelpdeskClient;
import vn.hocvuso.helpdesk.WardFixture;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.hocvuso.helpdesk.channel.telegram.TelegramSamples.SEND;

/**
 * A resident who writes to the Telegram bot through the webhook gets the ambassador's
 * reply in their chat with {@code sendMessage}.
 */
@TelegramIntegrationTest
class TelegramTicketsIntegrationTests extends TelegramStandIn {

	@LocalServerPort
	int port;

	@Autowired
	TelegramApi api;

	WebTestClient http;

	WardFixture ward;

	@BeforeEach
	void setUp() {
		telegram.stubFor(post(urlEqualTo(SEND)).atPriority(10)
			.willReturn(aResponse().withHeader("Content-Type", "application/json")
				.withBody(TelegramSamples.raw("send_message.ok.bot-api-shape"))));
		TelegramSamples.warmUp(this.api);
		HelpdeskClient client = HelpdeskClient.on(this.port, "telegram-admin");
		this.http = client.http();
		this.ward = new WardFixture(client);
	}

	@Test
	void anAmbassadorsReplyReachesTheResidentsTelegramChat() {
		String chat = TelegramSamples.newChatId();
		WardFixture.Claimed ticket = this.ward.claimedTicket((text) -> says(chat, text), chat);
		String words = "Dạ chào bác, cháu là đại sứ số. Bác mở ứng dụng ngân hàng, chọn Quét QR ạ.";
		this.ward.reply(ticket.ambassador(), ticket.ticketId(), words);

		this.ward.awaitReply(ticket.ambassador(), ticket.ticketId(), "SENT");
		assertThat(sentTo(chat)).filteredOn((body) -> words.equals(body.path("text").asString())).hasSize(1);
	}

	private void says(String chat, String text) {
		TelegramSamples.deliver(this.http, TelegramSamples.text(chat, text)).expectStatus().isOk();
	}

	/**
	 * What was sent to this chat; chat ids are compared exactly, as Telegram's can exceed
	 * doubles.
	 */
	private List<JsonNode> sentTo(String chat) {
		return telegram.findAll(postRequestedFor(urlEqualTo(SEND)))
			.stream()
			.filter((request) -> TelegramSamples.chatIdOf(request).equals(chat))
			.map(TelegramSamples::body)
			.toList();
	}

}

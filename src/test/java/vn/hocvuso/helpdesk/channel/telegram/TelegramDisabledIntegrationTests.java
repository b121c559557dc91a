package vn.hocvuso.helpdesk.channel.telegram;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

import vn.hocvuso.helpdesk.HelpdeskClient;
import vn.hocvuso.helpdesk.HelpdeskIntegrationTest;

/** The app as shipped, where the Telegram channel is off until configured. */
@HelpdeskIntegrationTest
class TelegramDisabledIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void theWebhookIsNotThereUntilTheChannelIsEnabled() {
		HelpdeskClient.on(this.port)
			.http()
			.post()
			.uri("/webhooks/telegram")
			.contentType(MediaType.APPLICATION_JSON)
			.header(TelegramSecret.HEADER, "anything")
			.bodyValue(TelegramSamples.raw("message_text.shared-sample"))
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

}

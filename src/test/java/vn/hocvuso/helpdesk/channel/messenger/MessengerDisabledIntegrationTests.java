package vn.hocvuso.helpdesk.channel.messenger;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

import vn.hocvuso.helpdesk.HelpdeskClient;
import vn.hocvuso.helpdesk.HelpdeskIntegrationTest;

/** With the channel off (the default), Messenger's webhook does not exist. */
@HelpdeskIntegrationTest
class MessengerDisabledIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void theWebhookAnswers404UntilTheChannelIsEnabled() {
		var http = HelpdeskClient.on(this.port).http();
		http.get()
			.uri("/webhooks/messenger?hub.mode=subscribe&hub.verify_token=x&hub.challenge=1")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		byte[] body = MessengerSamples.bytes(MessengerSamples.text("25123456789030001", "cai vneid"));
		http.post()
			.uri("/webhooks/messenger")
			.contentType(MediaType.APPLICATION_JSON)
			.header("X-Hub-Signature-256", MessengerSamples.signature(body))
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isNotFound();
	}

}

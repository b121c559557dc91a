package vn.hocvuso.helpdesk.inbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ResponseStatusException;

import vn.hocvuso.helpdesk.shared.ChannelType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Refused webhook requests are counted by channel and reason, and still answered by the
 * problem+json handler after this one.
 */
class RejectedWebhooksTests {

	private final MeterRegistry meters = new SimpleMeterRegistry();

	private final RejectedWebhooks rejected = new RejectedWebhooks(this.meters);

	private final MockServerWebExchange exchange = MockServerWebExchange
		.from(MockServerHttpRequest.post("/webhooks/messenger"));

	@Test
	void aRejectionIsCountedByChannelAndReasonAndPassedOn() {
		WebhookRejection rejection = WebhookRejection.unauthorized(ChannelType.MESSENGER, "bad_signature",
				"Chữ ký X-Hub-Signature-256 không hợp lệ.");

		StepVerifier.create(this.rejected.handle(this.exchange, rejection))
			.expectErrorMatches((error) -> error == rejection)
			.verify();

		Counter counter = this.meters.find("helpdesk.webhooks.rejected")
			.tags("channel", "messenger", "reason", "bad_signature")
			.counter();
		assertThat(counter).isNotNull();
		assertThat(counter.count()).isEqualTo(1);
	}

	@Test
	void otherErrorsArePassedOnUncounted() {
		ResponseStatusException switchedOff = new ResponseStatusException(HttpStatus.NOT_FOUND,
				"Kênh Messenger chưa được bật.");

		StepVerifier.create(this.rejected.handle(this.exchange, switchedOff))
			.expectErrorMatches((error) -> error == switchedOff)
			.verify();

		assertThat(this.meters.find("helpdesk.webhooks.rejected").counters()).isEmpty();
	}

}

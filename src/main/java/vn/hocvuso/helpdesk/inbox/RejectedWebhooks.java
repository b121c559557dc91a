package vn.hocvuso.helpdesk.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;

import vn.hocvuso.helpdesk.metrics.MeterNames;

/**
 * Counts every {@link WebhookRejection} under {@code helpdesk.webhooks.rejected} by
 * channel and reason, wherever it was thrown (the shared webhook or a channel's own
 * endpoint, such as Messenger's challenge), then passes it on to the handler that writes
 * the problem+json answer.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RejectedWebhooks implements WebExceptionHandler {

	private final MeterRegistry meters;

	RejectedWebhooks(MeterRegistry meters) {
		this.meters = meters;
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
		if (error instanceof WebhookRejection rejection) {
			count(rejection);
		}
		return Mono.error(error);
	}

	void count(WebhookRejection rejection) {
		this.meters
			.counter(MeterNames.WEBHOOK_REJECTED, MeterNames.CHANNEL, rejection.channel().id(), MeterNames.REASON,
					rejection.reasonTag())
			.increment();
	}

}

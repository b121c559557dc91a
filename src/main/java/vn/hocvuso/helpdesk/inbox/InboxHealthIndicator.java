package vn.hocvuso.helpdesk.inbox;

import reactor.core.publisher.Mono;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health}'s {@code inbox} component: DOWN while webhook events wait and
 * nothing is being processed, or the sweep for events left behind has stopped, so a
 * monitor notices a help desk that acknowledges messages but no longer answers them.
 */
@Component
class InboxHealthIndicator implements ReactiveHealthIndicator {

	private final Inbox inbox;

	InboxHealthIndicator(Inbox inbox) {
		this.inbox = inbox;
	}

	@Override
	public Mono<Health> health() {
		return Mono.fromSupplier(() -> this.inbox.stalled()
			.map((reason) -> Health.down().withDetail("reason", reason).build())
			.orElseGet(() -> Health.up().build()));
	}

}

package vn.hocvuso.helpdesk.channel.zalo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.context.SmartLifecycle;

import vn.hocvuso.helpdesk.shared.Periodically;

/**
 * Refreshes the access token before it expires, so a refused token is the exception. A
 * pair from configuration has no known age and is refreshed at the first check; one
 * stored without an expiry is assumed to live as long as Zalo documents.
 */
class ZaloTokenKeeper implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ZaloTokenKeeper.class);

	private final ZaloTokens tokens;

	private final ZaloProperties properties;

	private final Clock clock;

	private final Periodically checks;

	ZaloTokenKeeper(ZaloTokens tokens, ZaloProperties properties, Clock clock) {
		this.tokens = tokens;
		this.properties = properties;
		this.clock = clock;
		this.checks = new Periodically(properties.refreshCheck(), properties.refreshCheck(), this::refreshIfDue, log,
				"Refreshing the Zalo token ahead of its expiry failed");
	}

	/** Refreshes the pair when its access token expires within {@code refresh-ahead}. */
	Mono<Boolean> refreshIfDue() {
		return this.tokens.connection().flatMap((stored) -> {
			Instant now = this.clock.instant();
			if (!stored.connected() || now.isBefore(due(stored))) {
				return Mono.just(false);
			}
			return this.tokens.refreshReplacing(stored.tokens().accessToken()).thenReturn(true);
		});
	}

	private Instant due(ZaloConnection stored) {
		Instant expiresAt = stored.expiresAt();
		if (expiresAt == null) {
			Instant refreshedAt = stored.refreshedAt();
			if (refreshedAt == null) {
				return Instant.MIN;
			}
			expiresAt = refreshedAt.plus(Duration.ofSeconds(ZaloOAuth.ASSUMED_LIFETIME_SECONDS));
		}
		return expiresAt.minus(this.properties.refreshAhead());
	}

	@Override
	public void start() {
		if (this.properties.enabled()) {
			// Staff's choices kept with the connection (paid replies) are known from the
			// start.
			this.tokens.connection().onErrorResume((unreadable) -> Mono.empty()).subscribe();
			this.checks.start();
		}
	}

	@Override
	public void stop() {
		this.checks.stop();
	}

	@Override
	public boolean isRunning() {
		return this.checks.isRunning();
	}

}

package vn.hocvuso.helpdesk.channel.zalo;

import java.time.Duration;
import java.time.Instant;

/**
 * Keeps token refreshes apart, so a Zalo that rejects every token cannot cause a storm of
 * refreshes (106 in 40 s were seen): after a refresh starts, the next may start only
 * {@code refresh-min-interval} later, and that wait doubles after each refresh that fails
 * (up to an hour). A clock that went back allows a refresh at once.
 */
final class RefreshPacing {

	private static final Duration LONGEST = Duration.ofHours(1);

	private final Duration minInterval;

	private Instant lastStarted = Instant.MIN;

	private int failures;

	RefreshPacing(Duration minInterval) {
		this.minInterval = minInterval;
	}

	synchronized boolean tooSoon(Instant now) {
		return !now.isBefore(this.lastStarted) && now.isBefore(nextAllowed());
	}

	synchronized Instant nextAllowed() {
		if (this.lastStarted.equals(Instant.MIN)) {
			return Instant.MIN;
		}
		Duration wait = this.minInterval.multipliedBy(1L << Math.min(this.failures, 10));
		return this.lastStarted.plus((wait.compareTo(LONGEST) > 0) ? LONGEST : wait);
	}

	synchronized void started(Instant now) {
		this.lastStarted = now;
	}

	synchronized void succeeded() {
		this.failures = 0;
	}

	synchronized void failed() {
		this.failures++;
	}

}

package vn.hocvuso.helpdesk.delivery;

import java.time.Duration;
import java.util.Optional;

/**
 * What happened when a channel tried to deliver a reply. An expected outcome, so a value.
 */
public sealed interface DeliveryResult {

	static DeliveryResult delivered() {
		return new Delivered();
	}

	/**
	 * A passing problem (rate limit, server error, timeout): try again later.
	 * @param notBefore how long the provider asked us to wait, if it said
	 */
	static DeliveryResult retryLater(String reason, Optional<Duration> notBefore) {
		return new RetryLater(reason, notBefore);
	}

	/**
	 * The provider will not deliver it (outside the reply window, not following, banned).
	 */
	static DeliveryResult undeliverable(String reason) {
		return new Undeliverable(reason);
	}

	record Delivered() implements DeliveryResult {
	}

	record RetryLater(String reason, Optional<Duration> notBefore) implements DeliveryResult {
	}

	record Undeliverable(String reason) implements DeliveryResult {
	}

}

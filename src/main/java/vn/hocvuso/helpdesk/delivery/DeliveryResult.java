package vn.hocvuso.helpdesk.delivery;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

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

	/**
	 * Sends the parts of one reply in order and stops at the first part that was not
	 * delivered, whose result is the reply's; delivered when every part was.
	 */
	static <T> Mono<DeliveryResult> inOrder(List<T> parts, Function<T, Mono<DeliveryResult>> send) {
		return Flux.fromIterable(parts)
			.concatMap(send)
			.filter((result) -> !(result instanceof Delivered))
			.next()
			.defaultIfEmpty(delivered());
	}

	record Delivered() implements DeliveryResult {
	}

	record RetryLater(String reason, Optional<Duration> notBefore) implements DeliveryResult {
	}

	record Undeliverable(String reason) implements DeliveryResult {
	}

}

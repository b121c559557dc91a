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

	/** Delivered, with no message id from the provider (such as the web chat mailbox). */
	static DeliveryResult delivered() {
		return new Delivered("");
	}

	/** The provider accepted the message and gave it this id. */
	static DeliveryResult delivered(String providerMessageId) {
		return new Delivered(providerMessageId);
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
	 * The provider refused with a code we do not know: tried a few more times, then a
	 * person is asked to reach the resident.
	 */
	static DeliveryResult unrecognised(String reason) {
		return new Unrecognised(reason);
	}

	/**
	 * Sends the parts of one reply in order, skipping those already sent, and records
	 * each part the provider accepts before sending the next. Stops at the first part
	 * that was not delivered, whose result is the reply's; delivered when every part was.
	 * A part the provider gave no answer for is not delivered: it is tried again later.
	 */
	static <T> Mono<DeliveryResult> inOrder(List<T> parts, SentParts sent, Function<T, Mono<DeliveryResult>> send) {
		int first = Math.min(sent.count(), parts.size());
		return Flux.range(first, parts.size() - first)
			.concatMap((part) -> send.apply(parts.get(part))
				.defaultIfEmpty(retryLater("no answer to part " + (part + 1), Optional.empty()))
				.flatMap((result) -> (result instanceof Delivered accepted)
						? sent.accepted(part, accepted.providerMessageId()).thenReturn(result) : Mono.just(result)))
			.filter((result) -> !(result instanceof Delivered))
			.next()
			.defaultIfEmpty(delivered());
	}

	/**
	 * @param providerMessageId the provider's id for the message, or empty when it gives
	 * none
	 */
	record Delivered(String providerMessageId) implements DeliveryResult {
	}

	record RetryLater(String reason, Optional<Duration> notBefore) implements DeliveryResult {
	}

	record Undeliverable(String reason) implements DeliveryResult {
	}

	record Unrecognised(String reason) implements DeliveryResult {
	}

}

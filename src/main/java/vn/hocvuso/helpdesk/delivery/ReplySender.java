package vn.hocvuso.helpdesk.delivery;

import java.time.Duration;

import reactor.core.publisher.Mono;

import vn.hocvuso.helpdesk.shared.ChannelType;

/**
 * Delivers replies to residents on one channel. Each channel adapter provides one bean;
 * adding a channel needs nothing else here. Expected failures are results, not errors: an
 * error from {@link #send} is treated as a passing problem and retried.
 */
public interface ReplySender {

	/** The longest a reply waits when the channel cannot say: a week. */
	Duration WEEK = Duration.ofDays(7);

	ChannelType channel();

	/**
	 * Sends the reply's parts that are not sent yet; a channel that splits a long reply
	 * uses {@link DeliveryResult#inOrder} so each accepted part is recorded.
	 */
	Mono<DeliveryResult> send(Reply reply, SentParts sent);

	/**
	 * How long after a reply is written the channel may still deliver it (its reply
	 * window). Passing failures are retried for that long, however long the provider is
	 * down; then the reply is undeliverable and a person is asked to phone.
	 */
	default Duration replyWindow() {
		return WEEK;
	}

	/**
	 * Whether the reply window counts from the resident's last message (Zalo, Messenger),
	 * rather than from when the reply was enqueued (a retry limit for channels that have
	 * no window).
	 */
	default boolean windowFollowsResident() {
		return false;
	}

	/**
	 * Whether the channel can send, or waits for staff; shown as a banner on staff pages,
	 * in {@code /actuator/health} and as a metric.
	 */
	default Mono<ChannelConnection> connection() {
		return Mono.just(ChannelConnection.fine());
	}

}

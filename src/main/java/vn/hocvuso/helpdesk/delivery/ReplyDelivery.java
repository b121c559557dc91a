package vn.hocvuso.helpdesk.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Service;

import vn.hocvuso.helpdesk.metrics.MeterNames;
import vn.hocvuso.helpdesk.shared.ChannelType;
import vn.hocvuso.helpdesk.shared.Periodically;
import vn.hocvuso.helpdesk.store.IndexBuilds;
import vn.hocvuso.helpdesk.store.StoreDurability;

/**
 * Delivers replies through the durable outbox: a reply is stored first, then sent by the
 * resident's channel, retried with back-off and jitter on passing failures for as long as
 * the channel's reply window lasts, however long the provider is down; a refusal for
 * good, or the end of the window, is announced as a {@link ReplyUndeliverable} event so a
 * person can phone the resident. Nothing is given up silently. A reply is tried at once
 * when it is added; a poller picks up retries, and replies left by a stopped instance.
 */
@Service
public class ReplyDelivery implements InitializingBean, SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ReplyDelivery.class);

	/** Longer than this to record an accepted part is logged. */
	private static final Duration SLOW_RECORDING = Duration.ofSeconds(2);

	private static final int BATCH = 50;

	/** How long before a reply window closes a new message is no longer started in it. */
	private static final Duration SENDING_MARGIN = Duration.ofMinutes(15);

	private final OutboxStore outbox;

	private final Map<ChannelType, ReplySender> senders;

	private final DeliveryProperties properties;

	private final MeterRegistry meters;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final Periodically poller;

	private final StoreDurability durability;

	ReplyDelivery(OutboxStore outbox, List<ReplySender> senders, DeliveryProperties properties, MeterRegistry meters,
			Clock clock, ApplicationEventPublisher events, StoreDurability durability) {
		this.outbox = outbox;
		this.durability = durability;
		this.senders = senders.stream().collect(Collectors.toMap(ReplySender::channel, Function.identity()));
		this.properties = properties;
		this.meters = meters;
		this.clock = clock;
		this.events = events;
		this.poller = new Periodically(properties.pollInterval(), properties.pollInterval(), () -> drain(0), log,
				"Delivering replies failed");
	}

	/**
	 * Stores the reply durably, claimed by this instance, then sends it straight away in
	 * the background; retries and replies left by a stopped instance are the poller's.
	 */
	public Mono<Void> enqueue(Reply reply) {
		return this.outbox.addClaimed(reply, this.clock.instant(), this.properties.lease())
			.doOnNext((entry) -> deliver(entry).subscribe(null,
					(error) -> log.warn("Sending reply {} failed; the poller will retry", reply.id(), error)))
			.then();
	}

	/**
	 * Sends this channel's waiting replies at once instead of at their next attempt,
	 * after staff repaired the channel (reconnected the Zalo OA).
	 */
	public Mono<Long> retryNow(ChannelType channel) {
		return this.outbox.dueNow(channel, this.clock.instant());
	}

	/**
	 * Whether replies on this channel can be sent at all (its adapter is switched on).
	 */
	public boolean canSend(ChannelType channel) {
		return this.senders.containsKey(channel);
	}

	/**
	 * Enqueues a message the ward starts (a reminder, a campaign message) as an answer to
	 * the resident's last message, only when the channel carries it free now; whether it
	 * was enqueued.
	 */
	public Mono<Boolean> enqueueInWindow(Reply reply) {
		return inReplyWindow(reply.channel(), reply.heardAt()) ? enqueue(reply).thenReturn(true) : Mono.just(false);
	}

	/**
	 * Whether a message sent now in answer to the resident's message heard at
	 * {@code heardAt} stays inside the channel's reply window, with some time to spare
	 * for sending: on Zalo the free window unless staff allowed paid replies, 24 hours on
	 * Messenger, any time on channels without a window.
	 * @param heardAt when the resident's last message came; {@code null} when not known
	 * (then only a channel without a window carries it)
	 */
	private boolean inReplyWindow(ChannelType channel, @Nullable Instant heardAt) {
		ReplySender sender = this.senders.get(channel);
		if (sender == null) {
			return false;
		}
		if (!sender.windowFollowsResident()) {
			return true;
		}
		return heardAt != null
				&& this.clock.instant().plus(SENDING_MARGIN).isBefore(heardAt.plus(sender.replyWindow()));
	}

	/** The stored state of a reply, for the console and tests. */
	public Mono<OutboxEntry.Status> status(String replyId) {
		return this.outbox.find(replyId).map((entry) -> OutboxEntry.Status.valueOf(entry.getString("status")));
	}

	private Mono<Integer> drain(int delivered) {
		if (delivered >= BATCH) {
			return Mono.just(delivered);
		}
		return this.outbox.claimNext(this.clock.instant(), this.properties.lease())
			.flatMap((entry) -> deliver(entry).then(Mono.defer(() -> drain(delivered + 1))))
			.defaultIfEmpty(delivered);
	}

	private Mono<Void> deliver(OutboxEntry entry) {
		return attempt(entry).onErrorResume(TakenOver.class, (takenOver) -> takenOver(entry));
	}

	private Mono<Void> attempt(OutboxEntry entry) {
		Reply reply = entry.reply();
		ReplySender sender = this.senders.get(reply.channel());
		if (sender == null) {
			return record(entry, DeliveryResult.undeliverable("no sender for channel " + reply.channel().id()));
		}
		if (OutboxStore.UNREADABLE.equals(reply.text())) {
			return record(entry, DeliveryResult.undeliverable("its words were sealed with another personal-data key"));
		}
		Duration window = sender.replyWindow();
		if (this.clock.instant().isAfter(windowStart(entry).plus(window))) {
			return refused(entry, "not delivered within the channel's reply window (" + window
					+ " from the resident's last message)");
		}
		return sender.send(reply, new RecordedParts(entry))
			.timeout(this.properties.lease().dividedBy(2))
			.onErrorResume((error) -> !(error instanceof TakenOver),
					(error) -> Mono.just(DeliveryResult.retryLater(error.toString(), java.util.Optional.empty())))
			.flatMap((result) -> record(entry, result));
	}

	/**
	 * Another instance claimed the reply after this one's lease ran out: it sends the
	 * rest and records the outcome; this one stops.
	 */
	private Mono<Void> takenOver(OutboxEntry entry) {
		this.meters.counter(MeterNames.OUTBOX_TAKEN_OVER, MeterNames.CHANNEL, entry.reply().channel().id()).increment();
		log.warn("Reply {} was claimed by another instance while this one sent it (attempt {}); this one stops",
				entry.reply().id(), entry.attempts());
		return Mono.empty();
	}

	/** The outcome of a claim, recorded only while the claim holds. */
	private static Mono<Void> heldOrTakenOver(Mono<Boolean> recorded) {
		return recorded.flatMap((held) -> held ? Mono.empty() : Mono.error(new TakenOver()));
	}

	private Mono<Void> record(OutboxEntry entry, DeliveryResult result) {
		Instant now = this.clock.instant();
		if (result instanceof DeliveryResult.Delivered) {
			count(entry, "sent");
			this.meters.timer(MeterNames.DELIVERY_DURATION, MeterNames.CHANNEL, entry.reply().channel().id())
				.record(Duration.between(entry.createdAt(), now));
			return heldOrTakenOver(this.outbox.markSent(entry, now));
		}
		if (result instanceof DeliveryResult.Unrecognised unknown) {
			if (entry.attempts() >= this.properties.unrecognisedAttempts()) {
				return refused(entry, unknown.reason() + ", still after " + entry.attempts() + " attempts");
			}
			return record(entry, DeliveryResult.retryLater(unknown.reason(), java.util.Optional.empty()));
		}
		if (result instanceof DeliveryResult.RetryLater retry) {
			Duration wait = retry.notBefore().orElseGet(() -> backoff(entry.attempts()));
			Duration window = windowOf(entry.reply().channel());
			if (now.plus(wait).isAfter(windowStart(entry).plus(window))) {
				return refused(entry,
						"not delivered within the channel's reply window (" + window + "): " + retry.reason());
			}
			count(entry, "retry");
			return heldOrTakenOver(this.outbox.retryAt(entry, now.plus(wait), retry.reason()));
		}
		return refused(entry, ((DeliveryResult.Undeliverable) result).reason());
	}

	/**
	 * The reply cannot reach the resident: recorded, counted, and announced so a person
	 * phones them.
	 */
	private Mono<Void> refused(OutboxEntry entry, String reason) {
		count(entry, "undeliverable");
		log.warn("Reply {} cannot be delivered after {} attempts: {}", entry.reply().id(), entry.attempts(), reason);
		return heldOrTakenOver(this.outbox.markFinal(entry, OutboxEntry.Status.UNDELIVERABLE, reason))
			.then(Mono.fromRunnable(() -> this.events.publishEvent(ReplyUndeliverable.of(entry.reply(), reason))));
	}

	private Instant windowStart(OutboxEntry entry) {
		ReplySender sender = this.senders.get(entry.reply().channel());
		return (sender != null && sender.windowFollowsResident()) ? entry.windowStart() : entry.createdAt();
	}

	private Duration windowOf(ChannelType channel) {
		ReplySender sender = this.senders.get(channel);
		return (sender != null) ? sender.replyWindow() : ReplySender.WEEK;
	}

	/**
	 * Doubles from the first back-off up to the maximum, with ±25% jitter so retries
	 * spread out.
	 */
	Duration backoff(int attempts) {
		long base = this.properties.firstBackoff().toMillis() << Math.min(attempts - 1, 20);
		long capped = Math.min(base, this.properties.maxBackoff().toMillis());
		double jitter = 0.75 + ThreadLocalRandom.current().nextDouble() * 0.5;
		return Duration.ofMillis((long) (capped * jitter));
	}

	/**
	 * The parts of one outbox entry already accepted; each newly accepted part is written
	 * and made durable before the next is sent, so a crash repeats at most the part whose
	 * acceptance was not on disk yet.
	 */
	private final class RecordedParts implements SentParts {

		private final OutboxEntry entry;

		RecordedParts(OutboxEntry entry) {
			this.entry = entry;
		}

		@Override
		public int count() {
			return this.entry.partsSent();
		}

		@Override
		public Mono<Void> accepted(int part, String providerMessageId) {
			Timer.Sample sample = Timer.start();
			return heldOrTakenOver(ReplyDelivery.this.outbox.partSent(this.entry, part, providerMessageId,
					ReplyDelivery.this.clock.instant()))
				.then(ReplyDelivery.this.durability.flush())
				.doOnSuccess((done) -> ReplyDelivery.this.meters
					.counter(MeterNames.PROVIDER_MESSAGES, MeterNames.CHANNEL, this.entry.reply().channel().id())
					.increment())
				.doOnSuccess((done) -> slow(sample.stop(ReplyDelivery.this.meters.timer(MeterNames.PART_RECORDING,
						MeterNames.CHANNEL, this.entry.reply().channel().id()))));
		}

		/** A crash while a part's acceptance is not on disk sends the part again. */
		private void slow(long nanos) {
			if (nanos > SLOW_RECORDING.toNanos()) {
				log.warn(
						"Reply {} part was accepted by the channel but took {} ms to record: a crash in that time sends it again",
						this.entry.reply().id(), Duration.ofNanos(nanos).toMillis());
			}
		}

	}

	private void count(OutboxEntry entry, String outcome) {
		this.meters
			.counter(MeterNames.OUTBOX_SENDS, MeterNames.CHANNEL, entry.reply().channel().id(), MeterNames.OUTCOME,
					outcome)
			.increment();
	}

	@Override
	public void afterPropertiesSet() {
		IndexBuilds.declare("the outbox", this.outbox.createIndexes());
	}

	@Override
	public void start() {
		this.poller.start();
	}

	@Override
	public void stop() {
		this.poller.stop();
	}

	@Override
	public boolean isRunning() {
		return this.poller.isRunning();
	}

	/** This instance's claim of a reply no longer holds. */
	private static final class TakenOver extends RuntimeException {

		TakenOver() {
			super("another instance claimed the reply", null, false, false);
		}

	}

}

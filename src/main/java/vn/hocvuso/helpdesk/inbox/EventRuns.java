package vn.hocvuso.helpdesk.inbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import vn.hocvuso.helpdesk.metrics.MeterNames;
import vn.hocvuso.helpdesk.shared.ChannelType;
import vn.hocvuso.helpdesk.shared.PersonalDataCipher;

/**
 * One attempt at one stored event, isolated from every other: the channel's handler gets
 * {@code event-timeout} to finish, and whatever goes wrong (an error, a hang, a store
 * that does not answer) fails this attempt only; the worker and the sweep go on. After
 * {@link #MAX_ATTEMPTS} the event is quarantined as failed, counted, and its sender is
 * handed to a person (the channel's {@link InboundEventHandler#giveUp}) instead of
 * silence. Keeps the time of the last progress, for the inbox's health.
 */
class EventRuns {

	/** How many times an event is tried before it is quarantined. */
	static final int MAX_ATTEMPTS = 5;

	private static final Logger log = LoggerFactory.getLogger(EventRuns.class);

	private final InboxStore store;

	private final EventHandlers handlers;

	private final MeterRegistry meters;

	private final PersonalDataCipher cipher;

	private final Duration timeout;

	private final Clock clock;

	private final AtomicInteger running = new AtomicInteger();

	private final AtomicReference<Instant> lastProgress;

	EventRuns(InboxStore store, EventHandlers handlers, MeterRegistry meters, PersonalDataCipher cipher,
			Duration timeout, Clock clock) {
		this.store = store;
		this.handlers = handlers;
		this.meters = meters;
		this.cipher = cipher;
		this.timeout = timeout;
		this.clock = clock;
		this.lastProgress = new AtomicReference<>(clock.instant());
	}

	/**
	 * Runs the event through its channel's handler and records the outcome; never fails.
	 * @param sealed the stored body, sealed
	 * @param attempts how many times it was claimed before (0 on the live path)
	 */
	Mono<Void> attempt(String id, ChannelType channel, String sealed, int attempts) {
		return Mono.defer(() -> {
			started();
			if (!this.handlers.handles(channel)) {
				count(channel, "failed");
				return ended(id, this.store.finish(id, attempts, InboxStore.FAILED,
						"no handler for channel " + channel.id(), sealed));
			}
			String payload;
			try {
				payload = this.cipher.open(sealed);
			}
			catch (IllegalArgumentException unreadable) {
				count(channel, "failed");
				log.error("Inbound event {} was sealed with another personal-data key; it is set aside", id);
				return ended(id, this.store.finish(id, attempts, InboxStore.FAILED, "sealed with another key", sealed));
			}
			return this.handlers.handle(channel, payload)
				.timeout(this.timeout)
				.then(Mono.defer(() -> ended(id, this.store.finish(id, attempts, InboxStore.PROCESSED, "ok", payload))))
				.doOnSuccess((done) -> count(channel, "processed"))
				.onErrorResume((error) -> failed(id, channel, payload, attempts, error));
		}).timeout(this.timeout.multipliedBy(2)).onErrorResume((error) -> {
			log.error("Could not record the outcome of inbound event {}; the sweep will take it again", id, error);
			return Mono.empty();
		}).doFinally((signal) -> finished());
	}

	/**
	 * Counts an event by what became of it: accepted, duplicate, processed, retry,
	 * failed.
	 */
	void count(ChannelType channel, String outcome) {
		this.meters.counter(MeterNames.INBOX_EVENTS, MeterNames.CHANNEL, channel.id(), MeterNames.OUTCOME, outcome)
			.increment();
	}

	/** Attempts under way now. */
	int running() {
		return this.running.get();
	}

	/** When an attempt last started or ended. */
	Instant lastProgress() {
		return this.lastProgress.get();
	}

	private Mono<Void> failed(String id, ChannelType channel, String payload, int attempts, Throwable error) {
		if (attempts < MAX_ATTEMPTS) {
			count(channel, "retry");
			log.warn("Processing inbound event {} failed (attempt {}); it will be retried", id, attempts, error);
			return Mono.empty();
		}
		count(channel, "failed");
		log.error("Giving up inbound event {} after {} attempts; its sender goes to a person", id, attempts, error);
		return held(id, this.store.finish(id, attempts, InboxStore.FAILED, describe(error), payload)).flatMap(
				(recorded) -> this.handlers.giveUp(channel, payload).timeout(this.timeout).onErrorResume((handOver) -> {
					log.error("Could not hand the sender of inbound event {} to a person", id, handOver);
					return Mono.empty();
				}));
	}

	/** Ends once the outcome is recorded, or not recorded ({@link #held}). */
	private static Mono<Void> ended(String id, Mono<Boolean> recorded) {
		return held(id, recorded).then();
	}

	/**
	 * {@code true} once this run recorded the outcome; empty when another instance
	 * claimed the event while this run was under way (its lease ran out): that instance
	 * records the outcome, and this run does nothing more.
	 */
	private static Mono<Boolean> held(String id, Mono<Boolean> recorded) {
		return recorded.filter(Boolean::booleanValue)
			.switchIfEmpty(Mono.fromRunnable(() -> log
				.warn("Inbound event {} was claimed by another instance while this one ran it; this one stops", id)));
	}

	/** What went wrong, without the message: an exception's message may quote it. */
	private static String describe(Throwable error) {
		return error.getClass().getSimpleName();
	}

	private void started() {
		this.running.incrementAndGet();
		this.lastProgress.set(this.clock.instant());
	}

	private void finished() {
		this.running.decrementAndGet();
		this.lastProgress.set(this.clock.instant());
	}

}

package vn.hocvuso.helpdesk.inbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Service;

import vn.hocvuso.helpdesk.shared.ChannelType;
import vn.hocvuso.helpdesk.shared.Periodically;
import vn.hocvuso.helpdesk.shared.PersonalDataCipher;
import vn.hocvuso.helpdesk.store.IndexBuilds;
import vn.hocvuso.helpdesk.store.Journal;
import vn.hocvuso.helpdesk.store.StoreDurability;
import vn.hocvuso.helpdesk.store.StoreProperties;

/**
 * The durable inbox of webhook events. The shared webhook ({@link WebhookController})
 * hands each verified event here and acknowledges the provider once it is durable; the
 * event is then processed in the background by the channel's {@link InboundEventHandler}.
 * Events that were accepted but not finished (a crash, a failure) are picked up at
 * start-up and by a periodic sweep.
 * <p>
 * On MongoDB (and in memory) an event is durable once it is stored. The embedded file
 * store commits on a timer, and committing it for each event costs several milliseconds,
 * so there an event is first appended to a {@link Journal} on disk, and moved into the
 * store in batches a moment later; a journal left by a crash is moved in at start-up.
 */
@Service
public class Inbox implements InitializingBean, SmartLifecycle, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(Inbox.class);

	private final InboxStore store;

	private final StoreDurability durability;

	private final InboxProperties properties;

	private final Clock clock;

	/** Where accepted events wait for the store, on the embedded file store only. */
	private final @Nullable InboxJournal journal;

	/**
	 * The live queue to the worker. A unicast sink takes one subscriber in its life, so
	 * each start makes a new one: a stopped and restarted inbox (as the test framework
	 * does to cached contexts) keeps processing.
	 */
	private volatile Sinks.Many<InboxEvent> accepted = Sinks.many().unicast().onBackpressureBuffer();

	private volatile Disposable background;

	private volatile Disposable worker;

	private final EventRuns runs;

	/** Events handed to the worker that it has not started yet. */
	private final AtomicInteger queued = new AtomicInteger();

	/** When the sweep last finished a pass (or the inbox started). */
	private final AtomicReference<Instant> lastSweep;

	private final PersonalDataCipher cipher;

	Inbox(InboxStore store, StoreDurability durability, StoreProperties storeProperties, EventHandlers handlers,
			InboxProperties properties, MeterRegistry meters, PersonalDataCipher cipher, Clock clock) {
		this.store = store;
		this.durability = durability;
		this.properties = properties;
		this.clock = clock;
		this.cipher = cipher;
		this.runs = new EventRuns(this.store, handlers, meters, cipher, properties.eventTimeout(), clock);
		this.lastSweep = new AtomicReference<>(clock.instant());
		this.journal = storeProperties.usesEmbeddedFile()
				? new InboxJournal(Journal.open(storeProperties.dataDir().resolve("inbox-journal"))) : null;
	}

	/**
	 * Makes the event durable and queues it for processing in the background. Call before
	 * acknowledging the provider: once this completes, the event is safe. A redelivery of
	 * an event accepted before is counted and not processed again. The body is sealed
	 * before it reaches the disk: it holds whatever the resident wrote.
	 */
	public Mono<Void> accept(ChannelType channel, String eventId, String payload) {
		InboxEvent event = new InboxEvent(key(channel, eventId), channel, this.cipher.seal(payload),
				this.clock.instant());
		InboxJournal journal = this.journal;
		if (journal != null) {
			return journal.append(event);
		}
		return store(List.of(event), true);
	}

	/**
	 * Stores a batch of events durably; those seen for the first time are counted and,
	 * when {@code live}, handed to the worker (otherwise the leftovers pass takes them).
	 */
	private Mono<Void> store(List<InboxEvent> batch, boolean live) {
		return this.store.addAll(batch).flatMap((duplicates) -> this.durability.flush().then(Mono.fromRunnable(() -> {
			for (int i = 0; i < batch.size(); i++) {
				InboxEvent event = batch.get(i);
				boolean isNew = !duplicates.contains(i);
				this.runs.count(event.channel(), isNew ? "accepted" : "duplicate");
				if (isNew && live) {
					queue(event);
				}
			}
		})));
	}

	/** Moves what the journal holds into the store. */
	private Mono<Void> storeJournal(InboxJournal journal, boolean live) {
		return journal.moveInto((batch) -> store(batch, live));
	}

	/**
	 * Hands the event to the background worker; if it is stopping, the sweep takes it
	 * later.
	 */
	private synchronized void queue(InboxEvent event) {
		Sinks.EmitResult result = this.accepted.tryEmitNext(event);
		if (result.isFailure()) {
			log.debug("Inbound event {} not queued ({}); the sweep will process it", event.id(), result);
		}
		else {
			this.queued.incrementAndGet();
		}
	}

	/**
	 * The live path: the event was just accepted by this instance, so it needs no claim
	 * (the sweep takes only events older than the lease). A failure leaves it for the
	 * sweep.
	 */
	private Mono<Void> processAccepted(InboxEvent event) {
		this.queued.decrementAndGet();
		return this.runs.attempt(event.id(), event.channel(), event.payload(), 0);
	}

	/**
	 * The processing state of an event: ACCEPTED, PROCESSING, PROCESSED, FAILED (set
	 * aside) or DISMISSED.
	 */
	public Mono<String> status(ChannelType channel, String eventId) {
		return this.store.status(key(channel, eventId));
	}

	/**
	 * Claims and runs one event the sweep found; a store that does not answer skips it.
	 */
	private Mono<Void> process(String id) {
		return this.store.claim(id, this.clock.instant(), this.properties.lease())
			.timeout(this.properties.eventTimeout())
			.onErrorResume((error) -> {
				log.warn("Could not claim inbound event {}; the next sweep tries again", id, error);
				return Mono.empty();
			})
			.flatMap(this::handle);
	}

	private Mono<Void> handle(Document event) {
		return this.runs.attempt(event.getString("_id"), ChannelType.fromId(event.getString("channel")),
				event.getString("payload"), event.getInteger("attempts", 1));
	}

	private Mono<Void> sweep() {
		return this.store.unfinished(this.clock.instant().minus(this.properties.lease()), this.clock.instant())
			.concatMap(this::process)
			.then(Mono.fromRunnable(() -> this.lastSweep.set(this.clock.instant())));
	}

	/**
	 * Why the inbox is not keeping up, if it is not: events wait while no attempt started
	 * or ended for {@code stall-after}, or the sweep has not finished a pass for that
	 * long. Empty when it is healthy or not running.
	 */
	Optional<String> stalled() {
		if (!isRunning()) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		Duration stallAfter = this.properties.stallAfter();
		int waiting = this.queued.get() + this.runs.running();
		if (waiting > 0 && this.runs.lastProgress().plus(stallAfter).isBefore(now)) {
			return Optional.of(waiting + " sự kiện đang chờ mà không có tiến triển từ " + this.runs.lastProgress());
		}
		if (this.lastSweep.get().plus(stallAfter).plus(this.properties.sweepInterval()).isBefore(now)) {
			return Optional.of("Lượt quét sự kiện tồn đọng gần nhất xong lúc " + this.lastSweep.get());
		}
		return Optional.empty();
	}

	private static String key(ChannelType channel, String eventId) {
		return channel.id() + ":" + eventId;
	}

	@Override
	public void afterPropertiesSet() {
		IndexBuilds.declare("the inbox", this.store.createIndexes());
	}

	/**
	 * At start-up, moves into the store what the journal holds from a previous run,
	 * finishes what was accepted but not processed, and removes the bodies that earlier
	 * versions kept of processed events; then sweeps and empties the journal
	 * periodically.
	 */
	@Override
	public void start() {
		Sinks.Many<InboxEvent> queue = Sinks.many().unicast().onBackpressureBuffer();
		this.accepted = queue;
		this.queued.set(0);
		this.lastSweep.set(this.clock.instant());
		this.worker = queue.asFlux().flatMap(this::processAccepted, this.properties.concurrency()).subscribe();
		InboxJournal journal = this.journal;
		Mono<Void> recovered = (journal != null) ? storeJournal(journal, false) : Mono.empty();
		Flux<Void> leftovers = this.store.unfinished(this.clock.instant(), this.clock.instant())
			.concatMap(this::process)
			.onErrorResume((error) -> {
				log.error("Could not finish the events of a previous run now; the sweep will", error);
				return Mono.empty();
			})
			.thenMany(every(this.properties.sweepInterval(), this::sweep, "Sweeping the inbox failed"));
		Flux<Void> journaled = (journal != null) ? every(this.properties.journalInterval(),
				() -> storeJournal(journal, true), "Moving journaled events into the store failed") : Flux.empty();
		this.background = recovered.onErrorResume((error) -> {
			log.error("Could not move the journal of a previous run into the store; retrying periodically", error);
			return Mono.empty();
		}).thenMany(Flux.merge(leftovers, journaled, this.store.forgetEndedPayloads())).subscribe();
	}

	private static Flux<Void> every(Duration interval, Supplier<Mono<Void>> work, String failure) {
		return Periodically.run(interval, interval, work, log, failure);
	}

	@Override
	public void stop() {
		for (Disposable running : new Disposable[] { this.background, this.worker }) {
			if (running != null) {
				running.dispose();
			}
		}
		this.background = null;
		this.worker = null;
	}

	@Override
	public boolean isRunning() {
		return this.background != null;
	}

	/**
	 * Closes the journal; what it holds and the store has not is read at the next start.
	 */
	@Override
	public void destroy() {
		InboxJournal journal = this.journal;
		if (journal != null) {
			journal.close();
		}
	}

}

package vn.hocvuso.helpdesk.inbox;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import com.mongodb.reactivestreams.client.MongoDatabase;
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

import vn.hocvuso.helpdesk.metrics.MeterNames;
import vn.hocvuso.helpdesk.shared.ChannelType;
import vn.hocvuso.helpdesk.shared.Periodically;
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

	/**
	 * How many times an event is tried before it is left as failed for a person to look
	 * at.
	 */
	static final int MAX_ATTEMPTS = 5;

	private static final Logger log = LoggerFactory.getLogger(Inbox.class);

	private final InboxStore store;

	private final StoreDurability durability;

	private final EventHandlers handlers;

	private final InboxProperties properties;

	private final MeterRegistry meters;

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

	Inbox(MongoDatabase database, StoreDurability durability, StoreProperties storeProperties, EventHandlers handlers,
			InboxProperties properties, MeterRegistry meters, Clock clock) {
		this.store = new InboxStore(database);
		this.meters = meters;
		this.durability = durability;
		this.handlers = handlers;
		this.properties = properties;
		this.clock = clock;
		this.journal = storeProperties.usesEmbeddedFile()
				? new InboxJournal(Journal.open(storeProperties.dataDir().resolve("inbox-journal"))) : null;
	}

	/**
	 * Makes the event durable and queues it for processing in the background. Call before
	 * acknowledging the provider: once this completes, the event is safe. A redelivery of
	 * an event accepted before is counted and not processed again.
	 */
	public Mono<Void> accept(ChannelType channel, String eventId, String payload) {
		InboxEvent event = new InboxEvent(key(channel, eventId), channel, payload, this.clock.instant());
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
				count(event.channel(), isNew ? "accepted" : "duplicate");
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
	}

	/**
	 * The live path: the event was just accepted by this instance, so it needs no claim
	 * (the sweep takes only events older than the lease). A failure leaves it for the
	 * sweep.
	 */
	private Mono<Void> processAccepted(InboxEvent event) {
		return run(event.id(), event.channel(), event.payload(), 0);
	}

	/** The processing state of an event: ACCEPTED, PROCESSING, PROCESSED or FAILED. */
	public Mono<String> status(ChannelType channel, String eventId) {
		return this.store.status(key(channel, eventId));
	}

	private Mono<Void> process(String id) {
		return this.store.claim(id, this.clock.instant(), this.properties.lease()).flatMap(this::handle);
	}

	private Mono<Void> handle(Document event) {
		return run(event.getString("_id"), ChannelType.fromId(event.getString("channel")), event.getString("payload"),
				event.getInteger("attempts", 1));
	}

	/**
	 * Runs the channel's handler; an error of any kind is a failed attempt of this event
	 * only.
	 */
	private Mono<Void> run(String id, ChannelType channel, String payload, int attempts) {
		if (!this.handlers.handles(channel)) {
			count(channel, "failed");
			return this.store.finish(id, InboxStore.FAILED, "no handler for channel " + channel.id());
		}
		return this.handlers.handle(channel, payload)
			.then(this.store.finish(id, InboxStore.PROCESSED, "ok"))
			.doOnSuccess((done) -> count(channel, "processed"))
			.onErrorResume((error) -> failed(id, channel, attempts, error));
	}

	private Mono<Void> failed(String id, ChannelType channel, int attempts, Throwable error) {
		count(channel, (attempts >= MAX_ATTEMPTS) ? "failed" : "retry");
		if (attempts >= MAX_ATTEMPTS) {
			log.error("Giving up inbound event {} after {} attempts", id, attempts, error);
			return this.store.finish(id, InboxStore.FAILED, error.toString());
		}
		log.warn("Processing inbound event {} failed (attempt {}); it will be retried", id, attempts, error);
		return Mono.empty();
	}

	private void count(ChannelType channel, String outcome) {
		this.meters.counter(MeterNames.INBOX_EVENTS, MeterNames.CHANNEL, channel.id(), MeterNames.OUTCOME, outcome)
			.increment();
	}

	private Mono<Void> sweep() {
		return this.store.unfinished(this.clock.instant().minus(this.properties.lease()), this.clock.instant())
			.concatMap(this::process)
			.then();
	}

	private static String key(ChannelType channel, String eventId) {
		return channel.id() + ":" + eventId;
	}

	@Override
	public void afterPropertiesSet() {
		this.store.createIndexes().block(Duration.ofSeconds(30));
	}

	/**
	 * At start-up, moves into the store what the journal holds from a previous run, and
	 * finishes what was accepted but not processed; then sweeps and empties the journal
	 * periodically.
	 */
	@Override
	public void start() {
		Sinks.Many<InboxEvent> queue = Sinks.many().unicast().onBackpressureBuffer();
		this.accepted = queue;
		this.worker = queue.asFlux().flatMap(this::processAccepted, this.properties.concurrency()).subscribe();
		InboxJournal journal = this.journal;
		Mono<Void> recovered = (journal != null) ? storeJournal(journal, false) : Mono.empty();
		Flux<Void> leftovers = this.store.unfinished(this.clock.instant(), this.clock.instant())
			.concatMap(this::process)
			.thenMany(every(this.properties.sweepInterval(), this::sweep, "Sweeping the inbox failed"));
		Flux<Void> journaled = (journal != null) ? every(this.properties.journalInterval(),
				() -> storeJournal(journal, true), "Moving journaled events into the store failed") : Flux.empty();
		this.background = recovered.onErrorResume((error) -> {
			log.error("Could not move the journal of a previous run into the store; retrying periodically", error);
			return Mono.empty();
		}).thenMany(Flux.merge(leftovers, journaled)).subscribe();
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

package vn.hocvuso.helpdesk.inbox;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.mongodb.reactivestreams.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Service;

import vn.hocvuso.helpdesk.metrics.MeterNames;
import vn.hocvuso.helpdesk.shared.ChannelType;
import vn.hocvuso.helpdesk.store.StoreDurability;

/**
 * The durable inbox of webhook events. A channel stores each verified event here and
 * makes it durable before acknowledging the provider; the event is then processed in the
 * background by the channel's {@link InboundEventHandler}. Events that were accepted but
 * not finished (a crash, a failure) are picked up at start-up and by a periodic sweep.
 */
@Service
public class Inbox implements InitializingBean, SmartLifecycle {

	/**
	 * How many times an event is tried before it is left as failed for a person to look
	 * at.
	 */
	static final int MAX_ATTEMPTS = 5;

	private static final Logger log = LoggerFactory.getLogger(Inbox.class);

	private final InboxStore store;

	private final StoreDurability durability;

	private final Map<ChannelType, InboundEventHandler> handlers;

	private final InboxProperties properties;

	private final MeterRegistry meters;

	private final Clock clock;

	/**
	 * The live queue to the worker. A unicast sink takes one subscriber in its life, so
	 * each start makes a new one: a stopped and restarted inbox (as the test framework
	 * does to cached contexts) keeps processing.
	 */
	private volatile Sinks.Many<Accepted> accepted = Sinks.many().unicast().onBackpressureBuffer();

	private volatile Disposable sweeper;

	private volatile Disposable worker;

	Inbox(MongoDatabase database, StoreDurability durability, List<InboundEventHandler> handlers,
			InboxProperties properties, MeterRegistry meters, Clock clock) {
		this.store = new InboxStore(database);
		this.meters = meters;
		this.durability = durability;
		this.handlers = handlers.stream().collect(Collectors.toMap(InboundEventHandler::channel, Function.identity()));
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Stores the event durably and queues it for processing in the background. Call
	 * before acknowledging the provider: once this completes, the event is safe. A
	 * redelivery of an event accepted before is acknowledged and not queued again.
	 */
	public Mono<Acceptance> accept(ChannelType channel, String eventId, String payload) {
		String id = key(channel, eventId);
		return this.store.add(id, channel, payload, this.clock.instant()).flatMap((isNew) -> {
			if (!isNew) {
				count(channel, "duplicate");
				return Mono.just(Acceptance.DUPLICATE);
			}
			count(channel, "accepted");
			return this.durability.flush()
				.then(Mono.fromRunnable(() -> queue(new Accepted(id, channel, payload))))
				.thenReturn(Acceptance.ACCEPTED);
		});
	}

	/**
	 * Hands the event to the background worker; if it is stopping, the sweep takes it
	 * later.
	 */
	private synchronized void queue(Accepted event) {
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
	private Mono<Void> processAccepted(Accepted event) {
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
		InboundEventHandler handler = this.handlers.get(channel);
		if (handler == null) {
			count(channel, "failed");
			return this.store.finish(id, InboxStore.FAILED, "no handler for channel " + channel.id());
		}
		return Mono.defer(() -> handler.handle(payload))
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
	 * At start-up, finishes what a previous run accepted but did not process, then sweeps
	 * periodically.
	 */
	@Override
	public void start() {
		Sinks.Many<Accepted> queue = Sinks.many().unicast().onBackpressureBuffer();
		this.accepted = queue;
		this.worker = queue.asFlux().flatMap(this::processAccepted, this.properties.concurrency()).subscribe();
		Mono<Void> leftovers = this.store.unfinished(this.clock.instant(), this.clock.instant())
			.concatMap(this::process)
			.then();
		this.sweeper = leftovers.thenMany(Flux.interval(this.properties.sweepInterval()))
			.onBackpressureDrop()
			.concatMap((tick) -> sweep().onErrorResume((error) -> {
				log.warn("Sweeping the inbox failed; retrying at the next sweep", error);
				return Mono.empty();
			}))
			.subscribe();
	}

	@Override
	public void stop() {
		for (Disposable running : new Disposable[] { this.sweeper, this.worker }) {
			if (running != null) {
				running.dispose();
			}
		}
		this.sweeper = null;
		this.worker = null;
	}

	@Override
	public boolean isRunning() {
		return this.sweeper != null;
	}

	private record Accepted(String id, ChannelType channel, String payload) {
	}

	/** Whether an event was new. Either way the provider gets its 200. */
	public enum Acceptance {

		ACCEPTED, DUPLICATE

	}

}

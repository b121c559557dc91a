package vn.hocvuso.helpdesk.delivery;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import vn.hocvuso.helpdesk.metrics.MeterNames;
import vn.hocvuso.helpdesk.shared.Periodically;

/**
 * The outbox gauges: replies waiting (pending) or being sent, and how long the oldest of
 * them has waited, read in the background every {@link #REFRESH} so a scrape never waits
 * on the store. An alert fires on the age (docs/ops/alerts.yml).
 */
@Component
class OutboxDepthGauge implements SmartLifecycle {

	/** Counting scans the outbox on the embedded store, so not on every scrape. */
	static final Duration REFRESH = Duration.ofSeconds(15);

	private static final Logger log = LoggerFactory.getLogger(OutboxDepthGauge.class);

	private static final List<OutboxEntry.Status> WAITING = List.of(OutboxEntry.Status.PENDING,
			OutboxEntry.Status.SENDING);

	private final OutboxStore outbox;

	private final Map<OutboxEntry.Status, AtomicLong> depth = new EnumMap<>(OutboxEntry.Status.class);

	private final Periodically refresher;

	/** Seconds the oldest waiting reply has waited; 0 when none waits. */
	private final AtomicLong oldestAge = new AtomicLong();

	private final Clock clock;

	OutboxDepthGauge(OutboxStore outbox, MeterRegistry meters, Clock clock) {
		this.outbox = outbox;
		this.clock = clock;
		Gauge.builder(MeterNames.OUTBOX_OLDEST_AGE, this.oldestAge, AtomicLong::get)
			.description("How long the oldest reply not yet sent has waited")
			.baseUnit("seconds")
			.register(meters);
		this.refresher = new Periodically(Duration.ZERO, REFRESH, this::refresh, log, "Counting the outbox failed");
		for (OutboxEntry.Status status : WAITING) {
			AtomicLong value = new AtomicLong();
			this.depth.put(status, value);
			Gauge.builder(MeterNames.OUTBOX_DEPTH, value, AtomicLong::get)
				.description("Replies in the outbox not yet sent")
				.tag(MeterNames.STATUS, status.name().toLowerCase(Locale.ROOT))
				.register(meters);
		}
	}

	Mono<Void> refresh() {
		return Flux.fromIterable(WAITING)
			.concatMap((status) -> this.outbox.count(status).doOnNext(this.depth.get(status)::set))
			.then(this.outbox.oldestWaiting()
				.map((oldest) -> Math.max(0, Duration.between(oldest, this.clock.instant()).toSeconds()))
				.defaultIfEmpty(0L)
				.doOnNext(this.oldestAge::set))
			.then();
	}

	@Override
	public void start() {
		this.refresher.start();
	}

	@Override
	public void stop() {
		this.refresher.stop();
	}

	@Override
	public boolean isRunning() {
		return this.refresher.isRunning();
	}

}

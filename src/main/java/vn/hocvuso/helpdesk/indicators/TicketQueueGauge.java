package vn.hocvuso.helpdesk.indicators;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import vn.hocvuso.helpdesk.metrics.MeterNames;
import vn.hocvuso.helpdesk.shared.Periodically;

/**
 * The ticket queue gauge: tickets waiting to be claimed, by priority. It reads the
 * {@code queue} counter document, which every ticket change keeps up to date, by
 * {@code _id} in the background every {@link #REFRESH}, so a scrape never waits on the
 * store and nothing counts the tickets themselves.
 */
@Component
class TicketQueueGauge implements SmartLifecycle {

	static final Duration REFRESH = Duration.ofSeconds(15);

	private static final Logger log = LoggerFactory.getLogger(TicketQueueGauge.class);

	private static final List<String> PRIORITIES = List.of("urgent", "normal");

	private final IndicatorStore store;

	private final Map<String, AtomicLong> depth = Map.of("urgent", new AtomicLong(), "normal", new AtomicLong());

	private final Periodically refresher;

	TicketQueueGauge(IndicatorStore store, MeterRegistry meters) {
		this.store = store;
		this.refresher = new Periodically(Duration.ZERO, REFRESH, this::refresh, log,
				"Reading the ticket queue failed");
		PRIORITIES.forEach(
				(priority) -> Gauge.builder(MeterNames.TICKET_QUEUE_DEPTH, this.depth.get(priority), AtomicLong::get)
					.description("Tickets waiting to be claimed")
					.tag(MeterNames.PRIORITY, priority)
					.register(meters));
	}

	Mono<Void> refresh() {
		return this.store.counters(List.of(CounterIds.QUEUE))
			.collectList()
			.map(Counters::of)
			.doOnNext((counters) -> PRIORITIES.forEach((priority) -> this.depth.get(priority)
				.set(counters.get(TicketFacts.PREFIX + TicketFacts.WAITING + priority))))
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

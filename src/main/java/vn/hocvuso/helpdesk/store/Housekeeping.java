package vn.hocvuso.helpdesk.store;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import vn.hocvuso.helpdesk.shared.Periodically;

/**
 * Every {@code helpdesk.store.housekeeping-interval} (and a minute after start), removes
 * the finished documents each {@link Expiry} says are past their keeping time, and counts
 * them in {@code helpdesk.store.removed} by collection. A failure is logged and tried
 * again at the next round.
 */
@Component
class Housekeeping implements SmartLifecycle {

	static final String REMOVED = "helpdesk.store.removed";

	private static final Logger log = LoggerFactory.getLogger(Housekeeping.class);

	private final List<Expiry> expiries;

	private final MeterRegistry meters;

	private final Clock clock;

	private final Periodically rounds;

	Housekeeping(List<Expiry> expiries, StoreProperties properties, MeterRegistry meters, Clock clock) {
		this.expiries = expiries;
		this.meters = meters;
		this.clock = clock;
		Duration interval = properties.housekeepingInterval();
		Duration first = (interval.compareTo(Duration.ofMinutes(1)) < 0) ? interval : Duration.ofMinutes(1);
		this.rounds = new Periodically(first, interval, this::removeExpired, log, "Housekeeping failed");
	}

	/** One round: each collection in turn. */
	Mono<Void> removeExpired() {
		return Flux.fromIterable(this.expiries)
			.concatMap((expiry) -> expiry.removeExpired(this.clock.instant()).doOnNext((removed) -> {
				this.meters.counter(REMOVED, "collection", expiry.collection()).increment(removed);
				if (removed > 0) {
					log.info("Removed {} finished documents past their keeping time from {}", removed,
							expiry.collection());
				}
			}).onErrorResume((error) -> {
				log.warn("Could not remove the expired documents of {}; trying again next round", expiry.collection(),
						error);
				return Mono.empty();
			}))
			.then();
	}

	@Override
	public void start() {
		this.rounds.start();
	}

	@Override
	public void stop() {
		this.rounds.stop();
	}

	@Override
	public boolean isRunning() {
		return this.rounds.isRunning();
	}

}

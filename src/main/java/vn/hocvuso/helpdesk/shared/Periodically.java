package vn.hocvuso.helpdesk.shared;

import java.time.Duration;
import java.util.function.Supplier;

import org.slf4j.Logger;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Background work repeated at a fixed interval: one run at a time, a tick that comes
 * while a run is still going is skipped, and a failed run is logged and tried again at
 * the next tick. Subscribe to start it; dispose of the subscription to stop it.
 */
public final class Periodically {

	private Periodically() {
	}

	/**
	 * @param first when the first run starts
	 * @param interval the time between ticks
	 * @param work one run; what it gives is ignored
	 * @param log where a failure is logged
	 * @param failure what failed, in a few words ("Counting the outbox failed")
	 */
	public static Flux<Void> run(Duration first, Duration interval, Supplier<? extends Mono<?>> work, Logger log,
			String failure) {
		return Flux.interval(first, interval)
			.onBackpressureDrop()
			.concatMap((tick) -> work.get().then().onErrorResume((error) -> {
				log.warn("{}; trying again in {}", failure, interval, error);
				return Mono.empty();
			}));
	}

}

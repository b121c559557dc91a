package vn.hocvuso.helpdesk.shared;

import java.time.Duration;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Background work repeated at a fixed interval: one run at a time, a tick that comes
 * while a run is still going is skipped, and a failed run is logged and tried again at
 * the next tick. A component starts and stops it with its own lifecycle; it can start
 * again after a stop.
 */
public final class Periodically {

	private final Duration first;

	private final Duration interval;

	private final Supplier<? extends Mono<?>> work;

	private final Logger log;

	private final String failure;

	private volatile @Nullable Disposable running;

	/** The parameters are those of {@link #run}. */
	public Periodically(Duration first, Duration interval, Supplier<? extends Mono<?>> work, Logger log,
			String failure) {
		this.first = first;
		this.interval = interval;
		this.work = work;
		this.log = log;
		this.failure = failure;
	}

	public void start() {
		this.running = run(this.first, this.interval, this.work, this.log, this.failure).subscribe();
	}

	public void stop() {
		Disposable current = this.running;
		if (current != null) {
			current.dispose();
		}
		this.running = null;
	}

	public boolean isRunning() {
		return this.running != null;
	}

	/**
	 * The ticks as a flux, for work composed with more (subscribe to start, dispose to
	 * stop).
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

package vn.hocvuso.helpdesk.metrics;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.context.SmartLifecycle;

/**
 * Gauges whose values are read from the store in the background, every {@code period}
 * while the app runs, so a scrape never waits on the store. A failed read is logged and
 * tried again at the next tick.
 */
public abstract class BackgroundRefresh implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(BackgroundRefresh.class);

	private final Duration period;

	private final String what;

	private volatile @Nullable Disposable refresher;

	/**
	 * @param period how often to read
	 * @param what what is read, for the log ("the outbox")
	 */
	protected BackgroundRefresh(Duration period, String what) {
		this.period = period;
		this.what = what;
	}

	/** Reads the values and sets the gauges. */
	protected abstract Mono<Void> refresh();

	@Override
	public void start() {
		this.refresher = Flux.interval(Duration.ZERO, this.period)
			.onBackpressureDrop()
			.concatMap((tick) -> refresh().onErrorResume((error) -> {
				log.warn("Reading {} for its gauges failed; trying again in {}", this.what, this.period, error);
				return Mono.empty();
			}))
			.subscribe();
	}

	@Override
	public void stop() {
		Disposable running = this.refresher;
		if (running != null) {
			running.dispose();
		}
		this.refresher = null;
	}

	@Override
	public boolean isRunning() {
		return this.refresher != null;
	}

}

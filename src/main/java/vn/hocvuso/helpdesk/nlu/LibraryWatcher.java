package vn.hocvuso.helpdesk.nlu;

import java.time.Duration;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

import org.springframework.context.SmartLifecycle;

import vn.hocvuso.helpdesk.knowledge.store.LibraryVersionStore;

/**
 * Keeps this instance on the live library version: watches the version document (change
 * streams where the store has them, and polling every few seconds in any case), and when
 * another instance has published, loads that version, trains its model and switches to
 * it. One check at a time; signals that arrive meanwhile are dropped, the next poll
 * catches up.
 */
class LibraryWatcher implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(LibraryWatcher.class);

	/** The first wait before watching again after a failed or ended watch. */
	private static final Duration FIRST_RETRY = Duration.ofSeconds(1);

	private final LibraryVersionStore versions;

	private final LibraryModels models;

	private final LiveLibrary live;

	private final Duration pollInterval;

	private volatile Disposable watching;

	LibraryWatcher(LibraryVersionStore versions, LibraryModels models, LiveLibrary live, Duration pollInterval) {
		this.versions = versions;
		this.models = models;
		this.live = live;
		this.pollInterval = pollInterval;
	}

	@Override
	public void start() {
		Flux<Object> changes = watched(this.versions::liveChanges, FIRST_RETRY, this.pollInterval).cast(Object.class);
		Flux<Object> polls = Flux.interval(this.pollInterval, this.pollInterval).cast(Object.class);
		this.watching = Flux.merge(changes, polls).onBackpressureDrop().concatMap((signal) -> catchUp(), 1).subscribe();
	}

	/**
	 * The changes a watch reports, watched again whenever it fails (a replica set's
	 * election, a lost connection) or ends (an invalidated stream): after
	 * {@code firstRetry}, doubling up to a minute, while the polls go on. Empty at once
	 * on a store without change streams.
	 */
	static Flux<Integer> watched(Supplier<Flux<Integer>> watch, Duration firstRetry, Duration pollInterval) {
		return Flux.defer(watch)
			.repeatWhen((ended) -> ended.delayElements(firstRetry))
			.retryWhen(Retry.backoff(Long.MAX_VALUE, firstRetry)
				.maxBackoff(Duration.ofMinutes(1))
				// A stream that worked a while starts its back-off again from the first.
				.transientErrors(true)
				.filter((error) -> !(error instanceof UnsupportedOperationException))
				.doBeforeRetry((failed) -> log.warn(
						"Watching the library's versions failed ({} in a row); polling every {} meanwhile",
						failed.totalRetriesInARow() + 1, pollInterval, failed.failure())))
			.onErrorResume(UnsupportedOperationException.class, (unsupported) -> {
				log.info("The store has no change streams ({}); polling for new library versions every {}",
						unsupported.getMessage(), pollInterval);
				return Flux.empty();
			});
	}

	/** Switches to the live version when it is newer than the one in service. */
	Mono<Void> catchUp() {
		return this.versions.liveVersion()
			.filter((version) -> version > this.live.version())
			.flatMap(this.versions::find)
			.flatMap((published) -> this.models.live(published.library(), (percent) -> {
			}).map((model) -> this.live.switchTo(published.library(), model)))
			.then()
			.onErrorResume((error) -> {
				log.error("Could not switch to the newly published library version", error);
				return Mono.empty();
			});
	}

	@Override
	public void stop() {
		Disposable current = this.watching;
		if (current != null) {
			current.dispose();
		}
		this.watching = null;
	}

	@Override
	public boolean isRunning() {
		return this.watching != null;
	}

}

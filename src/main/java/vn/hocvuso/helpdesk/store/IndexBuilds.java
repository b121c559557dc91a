package vn.hocvuso.helpdesk.store;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * Declares a feature's indexes at start-up without letting a slow build stop the app. On
 * a real MongoDB a new index on a large collection, or any index while a voting member of
 * the replica set is down, can take minutes; the app used to give up after 30 s and not
 * start at all. Now it waits that long, then starts and lets the build go on (queries run
 * without the index meanwhile, only slower); a build that fails within the wait still
 * stops the start, as a broken unique rule should.
 */
public final class IndexBuilds {

	private static final Logger log = LoggerFactory.getLogger(IndexBuilds.class);

	/** How long a start waits for a feature's indexes. */
	private static final Duration WAIT = Duration.ofSeconds(30);

	private IndexBuilds() {
	}

	/**
	 * Starts the build and waits for it at most 30 s.
	 * @param what whose indexes, as the log names them ("the tickets")
	 * @return whether the build ended within the wait
	 */
	public static boolean declare(String what, Mono<Void> build) {
		return declare(what, build, WAIT);
	}

	/**
	 * Starts the build and waits for it at most {@code wait}.
	 * @param what whose indexes, as the log names them ("the tickets")
	 * @return whether the build ended within the wait
	 */
	static boolean declare(String what, Mono<Void> build, Duration wait) {
		Mono<Void> once = build.cache();
		once.subscribe(null, (failed) -> log.error("Building the indexes of {} failed", what, failed));
		boolean built = Boolean.TRUE.equals(once.thenReturn(true).timeout(wait, Mono.just(false)).block());
		if (!built) {
			log.warn("The indexes of {} are still being built after {}; the app starts and the build goes on", what,
					wait);
			once.subscribe(null, null, () -> log.info("The indexes of {} are built", what));
		}
		return built;
	}

}

package vn.hocvuso.helpdesk.nlu;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.mongodb.MongoSocketReadException;
import com.mongodb.ServerAddress;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Watching the library's versions on a replica set survives what a replica set does: an
 * election or a lost connection fails the change stream, and an invalidated stream ends;
 * each time it is watched again. A store without change streams is not asked again.
 */
class LibraryWatcherTests {

	private static final Duration WAIT = Duration.ofSeconds(10);

	private static final Duration RETRY = Duration.ofMillis(20);

	private final AtomicInteger watches = new AtomicInteger();

	@Test
	void watchesAgainAfterTheStreamFails() {
		List<Integer> seen = LibraryWatcher.watched(() -> {
			int watch = this.watches.incrementAndGet();
			return (watch <= 3) ? Flux.error(new MongoSocketReadException("election", new ServerAddress()))
					: Flux.just(watch * 10);
		}, RETRY, Duration.ofSeconds(2)).take(2).collectList().block(WAIT);

		assertThat(seen).containsExactly(40, 50);
		assertThat(this.watches).hasValue(5);
	}

	@Test
	void watchesAgainAfterTheStreamEnds() {
		List<Integer> seen = LibraryWatcher
			.watched(() -> Flux.just(this.watches.incrementAndGet()), RETRY, Duration.ofSeconds(2))
			.take(3)
			.collectList()
			.block(WAIT);

		assertThat(seen).containsExactly(1, 2, 3);
	}

	@Test
	void aStoreWithoutChangeStreamsIsAskedOnce() {
		List<Integer> seen = LibraryWatcher.watched(() -> {
			this.watches.incrementAndGet();
			return Flux.error(new UnsupportedOperationException("the store is not a replica set"));
		}, RETRY, Duration.ofSeconds(2)).collectList().block(WAIT);

		assertThat(seen).isEmpty();
		assertThat(this.watches).hasValue(1);
	}

}

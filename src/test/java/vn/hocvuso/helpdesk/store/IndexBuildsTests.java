package vn.hocvuso.helpdesk.store;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class IndexBuildsTests {

	private final AtomicInteger builds = new AtomicInteger();

	@Test
	void aQuickBuildIsWaitedForAndRunOnce() {
		Mono<Void> build = Mono.fromRunnable(this.builds::incrementAndGet);

		assertThat(IndexBuilds.declare("the tickets", build, Duration.ofSeconds(5))).isTrue();
		assertThat(this.builds).hasValue(1);
	}

	@Test
	void aBuildStillRunningAfterTheWaitLetsTheStartGoOnAndIsNotCancelled() throws InterruptedException {
		CountDownLatch finished = new CountDownLatch(1);
		Mono<Void> build = Mono.delay(Duration.ofMillis(500))
			.doOnSubscribe((started) -> this.builds.incrementAndGet())
			.then(Mono.fromRunnable(finished::countDown));

		assertThat(IndexBuilds.declare("the cases", build, Duration.ofMillis(50))).as("still building").isFalse();
		assertThat(finished.getCount()).as("returned before the build ended").isOne();

		assertThat(finished.await(5, TimeUnit.SECONDS)).as("the build went on").isTrue();
		assertThat(this.builds).as("started once").hasValue(1);
	}

	@Test
	void aBuildThatFailsWithinTheWaitStopsTheStart() {
		Mono<Void> build = Mono.error(new IllegalStateException("E11000 duplicate key"));

		assertThatIllegalStateException()
			.isThrownBy(() -> IndexBuilds.declare("the residents", build, Duration.ofSeconds(5)))
			.withMessageContaining("E11000");
	}

}

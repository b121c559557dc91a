package vn.hocvuso.helpdesk;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import reactor.blockhound.BlockingOperationError;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Proves BlockHound is installed for the test run, so the other tests would catch
 * blocking calls.
 */
class BlockHoundTests {

	@Test
	void blockingOnANonBlockingThreadFailsTheTest() {
		Mono<String> sleeps = Mono.fromCallable(() -> {
			Thread.sleep(1);
			return "";
		}).subscribeOn(Schedulers.parallel());
		assertThatThrownBy(() -> sleeps.block(Duration.ofSeconds(5))).hasCauseInstanceOf(BlockingOperationError.class);
	}

}

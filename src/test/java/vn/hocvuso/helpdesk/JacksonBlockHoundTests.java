package vn.hocvuso.helpdesk;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two event loops reading the same kind of JSON body for the first time at once: Jackson
 * makes the deserializer under a short lock and one of them waits. The fuzz run hit this
 * as a 500 (BlockHound refused the wait); it is allowed by
 * {@link JacksonBlockHoundIntegration}.
 */
class JacksonBlockHoundTests {

	record Sample(String text, List<String> tags, int count) {
	}

	@Test
	void twoEventLoopsMakingTheSameDeserializerAtOnceDoNotFail() {
		Scheduler loops = Schedulers.newParallel("two-loops", 2);
		try {
			for (int i = 0; i < 50; i++) {
				JsonMapper json = JsonMapper.builder().build();
				AtomicInteger started = new AtomicInteger();
				Mono<Sample> read = Mono.fromCallable(() -> {
					started.incrementAndGet();
					while (started.get() < 2) {
						// A busy wait, so both start together (a real wait would itself
						// be refused).
					}
					return json.readValue("{\"text\":\"a\",\"tags\":[\"b\"],\"count\":1}", Sample.class);
				});
				var both = Mono.zip(read.subscribeOn(loops), read.subscribeOn(loops)).block(Duration.ofSeconds(10));
				assertThat(both.getT1()).isEqualTo(both.getT2());
			}
		}
		finally {
			loops.dispose();
		}
	}

}

package vn.hocvuso.helpdesk.inbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import vn.hocvuso.helpdesk.HelpdeskClient;
import vn.hocvuso.helpdesk.shared.ChannelType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One event that fails, throws or hangs never stops the others: they are all answered,
 * while the bad ones are tried a few times, quarantined as failed, counted, and their
 * senders handed to a person. The inbox stays healthy throughout.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "helpdesk.store.embedded-backend=memory", "helpdesk.inbox.event-timeout=300ms",
				"helpdesk.inbox.sweep-interval=100ms", "helpdesk.inbox.lease=200ms" })
@Import(TestChannel.class)
class InboxIsolationIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Inbox inbox;

	@Autowired
	TestChannel.Record record;

	@Autowired
	MeterRegistry meters;

	@Test
	void aFailingThrowingOrHangingEventNeverStopsTheOthersAndEndsWithAPerson() {
		double failedBefore = failed();
		List<String> poison = List.of("boom-1", "throw-1", "hang-1");
		List<String> good = IntStream.range(0, 20).mapToObj((i) -> "ok-" + i).toList();
		List<String> all = new ArrayList<>(poison);
		all.addAll(good);
		for (String id : all) {
			TestChannel.post(this.port, id, id.substring(0, id.indexOf('-')));
		}
		Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(this.record.handled).containsAll(good));
		Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			for (String id : poison) {
				assertThat(this.inbox.status(ChannelType.WEBCHAT, id).block()).isEqualTo("FAILED");
			}
			assertThat(this.record.gaveUp).containsExactlyInAnyOrderElementsOf(poison);
		});
		assertThat(failed()).isEqualTo(failedBefore + poison.size());
		assertThat(this.record.handled).doesNotHaveDuplicates();
		assertThat(this.inbox.stalled()).isEmpty();
		HelpdeskClient.on(this.port)
			.http()
			.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.components.inbox.status")
			.isEqualTo("UP");
	}

	private double failed() {
		Counter counter = this.meters.find("helpdesk.inbox.events")
			.tags("outcome", "failed", "channel", "webchat")
			.counter();
		return (counter != null) ? counter.count() : 0;
	}

}

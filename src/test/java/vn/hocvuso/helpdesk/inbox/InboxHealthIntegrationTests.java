package vn.hocvuso.helpdesk.inbox;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.hocvuso.helpdesk.HelpdeskClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inbox's health: DOWN (the reason is in {@link Inbox#stalled}) while events wait
 * behind one that makes no progress, and UP again once it has given up on that one and
 * answered the others.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "helpdesk.store.embedded-backend=memory", "helpdesk.inbox.event-timeout=6s",
				"helpdesk.inbox.stall-after=1s", "helpdesk.inbox.concurrency=1" })
@Import(TestChannel.class)
class InboxHealthIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestChannel.Record record;

	@Autowired
	Inbox inbox;

	@Test
	void isDownWhileEventsWaitWithoutProgressAndUpOnceTheyMoveAgain() {
		TestChannel.post(this.port, "stuck-1", "hang");
		TestChannel.post(this.port, "after-1", "ok");
		Awaitility.await()
			.atMost(Duration.ofSeconds(4))
			.untilAsserted(() -> health().expectStatus()
				.isEqualTo(503)
				.expectBody()
				.jsonPath("$.components.inbox.status")
				.isEqualTo("DOWN"));
		assertThat(this.inbox.stalled())
			.hasValueSatisfying((reason) -> assertThat(reason).contains("sự kiện đang chờ"));
		Awaitility.await()
			.atMost(Duration.ofSeconds(15))
			.untilAsserted(() -> assertThat(this.record.handled).contains("after-1"));
		Awaitility.await()
			.atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> health().expectBody().jsonPath("$.components.inbox.status").isEqualTo("UP"));
	}

	private WebTestClient.ResponseSpec health() {
		return HelpdeskClient.on(this.port).http().get().uri("/actuator/health").exchange();
	}

}

package vn.hocvuso.helpdesk.inbox;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.mongodb.client.model.Filters;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.hocvuso.helpdesk.HelpdeskClient;
import vn.hocvuso.helpdesk.HelpdeskIntegrationTest;
import vn.hocvuso.helpdesk.shared.ChannelType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff see the messages set aside after every attempt failed, without their text, and
 * retry one after a fix ("thử lại") or dismiss it ("bỏ qua"). The provider's body is kept
 * only while an event may still be tried.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "helpdesk.store.embedded-backend=memory", "helpdesk.inbox.event-timeout=300ms",
				"helpdesk.inbox.sweep-interval=100ms", "helpdesk.inbox.lease=200ms",
				"helpdesk.admin.initial-password=" + HelpdeskIntegrationTest.ADMIN_PASSWORD })
@Import(TestChannel.class)
class SetAsideIntegrationTests {

	static final String PATH = "/api/v1/inbox/set-aside";

	@LocalServerPort
	int port;

	@Autowired
	Inbox inbox;

	@Autowired
	TestChannel.Record record;

	@Autowired
	InboxStore store;

	@Autowired
	MongoDatabase database;

	@Test
	void aMessageSetAsideIsListedWithoutItsTextAndIsProcessedWhenStaffRetryItAfterAFix() {
		TestChannel.post(this.port, "flaky-secret-0912345678", "flaky");
		awaitStatus("flaky-secret-0912345678", "FAILED");
		assertThat(this.record.gaveUp).contains("flaky-secret-0912345678");
		assertThat(stored("webchat:flaky-secret-0912345678")).as("kept while it may be retried").containsKey("payload");
		HelpdeskClient client = HelpdeskClient.on(this.port);
		Map<String, Object> listed = client.staffList(PATH)
			.stream()
			.filter((event) -> "webchat:flaky-secret-0912345678".equals(event.get("id")))
			.findFirst()
			.orElseThrow();
		assertThat(listed).containsEntry("channel", "webchat")
			.containsEntry("channelName", ChannelType.WEBCHAT.label())
			.containsEntry("attempts", EventRuns.MAX_ATTEMPTS)
			.containsEntry("reason", "IllegalStateException")
			.containsKey("receivedAt")
			.doesNotContainKey("payload");
		assertThat(listed.toString()).doesNotContain("kind").doesNotContain("not fixed yet");

		this.record.fixed.set(true);
		decide(client, "webchat:flaky-secret-0912345678", "retry").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("ACCEPTED");
		awaitStatus("flaky-secret-0912345678", "PROCESSED");
		assertThat(this.record.handled).containsOnlyOnce("flaky-secret-0912345678");
		assertThat(stored("webchat:flaky-secret-0912345678")).as("only a hash of the body once processed")
			.doesNotContainKey("payload")
			.hasEntrySatisfying("payloadSha256", (hash) -> assertThat((String) hash).matches("[0-9a-f]{64}"));
		assertThat(ids(client)).doesNotContain("webchat:flaky-secret-0912345678");
		decide(client, "webchat:flaky-secret-0912345678", "retry").expectStatus()
			.isNotFound()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void aDismissedMessageLeavesTheListAndIsNeverTriedAgain() {
		TestChannel.post(this.port, "boom-dismissed", "boom");
		awaitStatus("boom-dismissed", "FAILED");
		HelpdeskClient client = HelpdeskClient.on(this.port);
		assertThat(ids(client)).contains("webchat:boom-dismissed");
		decide(client, "webchat:boom-dismissed", "dismiss").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("DISMISSED");
		assertThat(ids(client)).doesNotContain("webchat:boom-dismissed");
		assertThat(stored("webchat:boom-dismissed")).doesNotContainKey("payload").containsKey("payloadSha256");
		Awaitility.await()
			.pollDelay(Duration.ofMillis(500))
			.atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(this.inbox.status(ChannelType.WEBCHAT, "boom-dismissed").block())
				.isEqualTo("DISMISSED"));
		decide(client, "webchat:boom-dismissed", "retry").expectStatus().isNotFound();
	}

	@Test
	void bodiesKeptByEarlierVersionsOfEventsThatEndedAreRemovedButNotThoseSetAside() {
		Document processed = new Document("_id", "webchat:old-processed").append("channel", "webchat")
			.append("payload", "{\"text\":\"số tôi 0912345678\"}")
			.append("status", "PROCESSED")
			.append("receivedAt", new Date());
		Document setAside = new Document(processed).append("_id", "webchat:old-set-aside").append("status", "FAILED");
		Flux.from(this.database.getCollection("inbound_events").insertMany(List.of(processed, setAside)))
			.blockLast(Duration.ofSeconds(5));
		this.store.forgetEndedPayloads().block(Duration.ofSeconds(10));
		assertThat(stored("webchat:old-processed")).doesNotContainKey("payload").containsEntry("status", "PROCESSED");
		assertThat(stored("webchat:old-set-aside")).containsKey("payload");
	}

	@Test
	void onlySignedInStaffSeeOrDecide() {
		WebTestClient http = HelpdeskClient.on(this.port).http();
		http.get().uri(PATH).exchange().expectStatus().isUnauthorized();
		http.post().uri(PATH + "/anything/dismiss").exchange().expectStatus().is4xxClientError();
	}

	private WebTestClient.ResponseSpec decide(HelpdeskClient client, String id, String decision) {
		return client.http()
			.post()
			.uri(PATH + "/{id}/{decision}", id, decision)
			.headers((headers) -> headers.setBasicAuth("admin", client.adminPassword()))
			.exchange();
	}

	private static List<Object> ids(HelpdeskClient client) {
		return client.staffList(PATH).stream().map((event) -> event.get("id")).toList();
	}

	private Document stored(String id) {
		return Mono.from(this.database.getCollection("inbound_events").find(Filters.eq("_id", id)).first())
			.block(Duration.ofSeconds(5));
	}

	private void awaitStatus(String id, String status) {
		Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(this.inbox.status(ChannelType.WEBCHAT, id).block()).isEqualTo(status));
	}

}

package vn.hocvuso.helpdesk.store;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.mongodb.client.model.Filters;
import com.mongodb.reactivestreams.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finished work past its keeping time (processed webhook events after 30 days, sent
 * replies after 30 days) is removed on a schedule and counted; work not finished, set
 * aside for staff, not delivered, or recent stays.
 */
@SpringBootTest(properties = { "helpdesk.store.embedded-backend=memory", "helpdesk.store.housekeeping-interval=300ms" })
class HousekeepingIntegrationTests {

	@Autowired
	MongoDatabase database;

	@Autowired
	MeterRegistry meters;

	@Test
	void finishedEventsAndRepliesOlderThanTheirKeepingTimeAreRemovedAndCountedAndTheRestStays() {
		Date old = Date.from(Instant.now().minus(Duration.ofDays(31)));
		Date recent = Date.from(Instant.now().minus(Duration.ofDays(29)));
		insert("inbound_events", "receivedAt",
				List.of(doc("event-old-processed", "PROCESSED", old), doc("event-old-dismissed", "DISMISSED", old),
						doc("event-old-set-aside", "FAILED", old), doc("event-old-waiting", "ACCEPTED", old),
						doc("event-recent-processed", "PROCESSED", recent)));
		insert("outbox", "createdAt",
				List.of(doc("reply-old-sent", "SENT", old), doc("reply-old-undeliverable", "UNDELIVERABLE", old),
						doc("reply-old-pending", "PENDING", old), doc("reply-recent-sent", "SENT", recent)));

		Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			assertThat(ids("inbound_events")).containsExactlyInAnyOrder("event-old-set-aside", "event-old-waiting",
					"event-recent-processed");
			assertThat(ids("outbox")).containsExactlyInAnyOrder("reply-old-undeliverable", "reply-old-pending",
					"reply-recent-sent");
		});
		assertThat(removed("inbound_events")).isEqualTo(2);
		assertThat(removed("outbox")).isEqualTo(1);
	}

	private static Document doc(String id, String status, Date when) {
		return new Document("_id", id).append("status", status).append("when", when);
	}

	private void insert(String collection, String timeField, List<Document> documents) {
		List<Document> shaped = documents.stream()
			.map((document) -> new Document("_id", document.get("_id")).append("status", document.get("status"))
				.append(timeField, document.get("when")))
			.toList();
		Flux.from(this.database.getCollection(collection).insertMany(shaped)).blockLast(Duration.ofSeconds(5));
	}

	private List<String> ids(String collection) {
		return Flux.from(this.database.getCollection(collection).find(Filters.regex("_id", "^(event|reply)-")))
			.map((document) -> document.getString("_id"))
			.collectList()
			.block(Duration.ofSeconds(5));
	}

	private double removed(String collection) {
		return this.meters.counter(Housekeeping.REMOVED, "collection", collection).count();
	}

}

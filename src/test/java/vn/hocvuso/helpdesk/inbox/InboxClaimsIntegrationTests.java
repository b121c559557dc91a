package vn.hocvuso.helpdesk.inbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.bson.BsonDocument;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.hocvuso.helpdesk.QueryPlans;
import vn.hocvuso.helpdesk.RecordedCommands;
import vn.hocvuso.helpdesk.WireServer;
import vn.hocvuso.helpdesk.shared.ChannelType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances and one inbound event, through the real driver over TCP: a run that
 * outlived its lease, on the live path or from a sweep, cannot overwrite the outcome of
 * the instance that claimed the event after it.
 */
class InboxClaimsIntegrationTests {

	private static final Duration WAIT = Duration.ofSeconds(30);

	private static final Duration LEASE = Duration.ofSeconds(30);

	private static final Instant START = Instant.parse("2026-12-07T02:00:00Z");

	private final RecordedCommands commands = new RecordedCommands();

	private final WireServer store = new WireServer(this.commands);

	private InboxStore first;

	private InboxStore second;

	@BeforeEach
	void start() {
		InboxProperties properties = new InboxProperties(Duration.ofSeconds(10), LEASE, 1, Duration.ofMillis(100),
				Duration.ofSeconds(60), Duration.ofMinutes(2), Duration.ofDays(30));
		this.first = new InboxStore(this.store.database(), properties);
		this.second = new InboxStore(this.store.database(), properties);
	}

	@AfterEach
	void stop() {
		this.store.close();
	}

	@Test
	void aLiveRunThatOutlivedItsLeaseCannotOverwriteTheSweepsOutcome() {
		this.first.addAll(List.of(event("zalo:1"))).block(WAIT);
		// The first instance runs the event on the live path (no claim, 0 attempts) and
		// takes longer than the lease; the second's sweep claims it.
		Document claimed = this.second.claim("zalo:1", START.plus(LEASE).plusSeconds(1), LEASE).block(WAIT);
		assertThat(claimed.getInteger("attempts")).isEqualTo(1);

		assertThat(this.second.finish("zalo:1", 1, InboxStore.PROCESSED, "ok", "{}").block(WAIT)).isTrue();
		assertThat(this.first.finish("zalo:1", 0, InboxStore.FAILED, "TimeoutException", "{}").block(WAIT)).isFalse();
		assertThat(this.first.status("zalo:1").block(WAIT)).isEqualTo(InboxStore.PROCESSED);
	}

	@Test
	void aSweptRunThatOutlivedItsLeaseCannotOverwriteTheNextClaim() {
		this.first.addAll(List.of(event("zalo:2"))).block(WAIT);
		Instant now = START.plus(LEASE).plusSeconds(1);
		assertThat(this.first.claim("zalo:2", now, LEASE).block(WAIT).getInteger("attempts")).isEqualTo(1);
		assertThat(this.second.claim("zalo:2", now.plusSeconds(1), LEASE).blockOptional(WAIT))
			.as("not while the lease holds")
			.isEmpty();
		Instant later = now.plus(LEASE).plusSeconds(1);
		assertThat(this.second.claim("zalo:2", later, LEASE).block(WAIT).getInteger("attempts")).isEqualTo(2);

		assertThat(this.first.finish("zalo:2", 1, InboxStore.PROCESSED, "ok", "{}").block(WAIT)).isFalse();
		assertThat(this.first.status("zalo:2").block(WAIT)).isEqualTo(InboxStore.PROCESSING);
		assertThat(this.second.finish("zalo:2", 2, InboxStore.PROCESSED, "ok", "{}").block(WAIT)).isTrue();
		assertThat(this.first.status("zalo:2").block(WAIT)).isEqualTo(InboxStore.PROCESSED);
	}

	@Test
	void theSweepReadsAnIndex() {
		this.first.createIndexes().block(WAIT);
		this.first.addAll(List.of(event("zalo:3"), event("zalo:4"))).block(WAIT);
		this.commands.clear();
		assertThat(this.second.unfinished(START.plusSeconds(1), START.plus(LEASE)).collectList().block(WAIT))
			.containsExactlyInAnyOrder("zalo:3", "zalo:4");

		BsonDocument sweep = this.commands.sent("find", "inbound_events").get(0);
		QueryPlans.assertIndexedWithoutSort(QueryPlans.explain(this.store.database(), sweep));
	}

	private static InboxEvent event(String id) {
		return new InboxEvent(id, ChannelType.ZALO, "{\"event_name\":\"user_send_text\"}", START);
	}

}

package vn.hocvuso.helpdesk.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.hocvuso.helpdesk.QueryPlans;
import vn.hocvuso.helpdesk.RecordedCommands;
import vn.hocvuso.helpdesk.WireServer;
import vn.hocvuso.helpdesk.shared.ChannelType;
import vn.hocvuso.helpdesk.shared.PersonalDataCipher;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances and one reply, through the real driver over TCP: once the first
 * instance's lease ran out and the second claimed the reply, nothing the first one
 * records (a part accepted, sent, a retry, undeliverable) changes the entry.
 */
class OutboxClaimsIntegrationTests {

	private static final Duration WAIT = Duration.ofSeconds(30);

	private static final Duration LEASE = Duration.ofSeconds(30);

	private static final Instant START = Instant.parse("2026-12-07T02:00:00Z");

	private final RecordedCommands commands = new RecordedCommands();

	private final WireServer store = new WireServer(this.commands);

	private OutboxStore first;

	private OutboxStore second;

	@BeforeEach
	void start() {
		byte[] key = new byte[32];
		Arrays.fill(key, (byte) 7);
		DeliveryProperties properties = new DeliveryProperties(Duration.ofSeconds(1), LEASE, Duration.ofSeconds(1),
				Duration.ofMinutes(5), Duration.ofDays(30), 3);
		this.first = new OutboxStore(this.store.database(), properties, new PersonalDataCipher(key));
		this.second = new OutboxStore(this.store.database(), properties, new PersonalDataCipher(key));
	}

	@AfterEach
	void stop() {
		this.store.close();
	}

	@Test
	void aLateInstanceChangesNothingOnceAnotherClaimedTheReply() {
		OutboxEntry late = this.first.addClaimed(reply("r-1"), START, LEASE).block(WAIT);
		assertThat(this.second.claimNext(START.plusSeconds(10), LEASE).blockOptional(WAIT))
			.as("not while the first lease holds")
			.isEmpty();
		OutboxEntry taken = this.second.claimNext(START.plus(LEASE).plusSeconds(1), LEASE).block(WAIT);
		assertThat(taken.attempts()).isEqualTo(2);

		Instant now = START.plusSeconds(40);
		assertThat(this.first.partSent(late, 0, "zalo-late", now).block(WAIT)).isFalse();
		assertThat(this.first.retryAt(late, now.plusSeconds(60), "timeout").block(WAIT)).isFalse();
		assertThat(this.first.markFinal(late, OutboxEntry.Status.UNDELIVERABLE, "refused").block(WAIT)).isFalse();
		assertThat(this.first.markSent(late, now).block(WAIT)).isFalse();
		Document stored = this.first.find("r-1").block(WAIT);
		assertThat(stored.getString("status")).isEqualTo("SENDING");
		assertThat(stored.getInteger("attempts")).isEqualTo(2);
		assertThat(stored.getList("parts", Document.class, List.of())).isEmpty();

		assertThat(this.second.partSent(taken, 0, "zalo-taken", now).block(WAIT)).isTrue();
		assertThat(this.second.markSent(taken, now).block(WAIT)).isTrue();
		stored = this.second.find("r-1").block(WAIT);
		assertThat(stored.getString("status")).isEqualTo("SENT");
		assertThat(stored.getList("parts", Document.class)).extracting((part) -> part.getString("messageId"))
			.containsExactly("zalo-taken");
		assertThat(this.first.claimNext(now.plus(Duration.ofHours(1)), LEASE).blockOptional(WAIT))
			.as("a sent reply is never claimed again")
			.isEmpty();
	}

	@Test
	void aClaimThatHoldsRecordsItsRetryAndTheNextClaimCountsAnotherAttempt() {
		OutboxEntry entry = this.first.addClaimed(reply("r-2"), START, LEASE).block(WAIT);
		assertThat(this.first.retryAt(entry, START.plusSeconds(5), "HTTP 503").block(WAIT)).isTrue();
		assertThat(this.second.claimNext(START.plusSeconds(4), LEASE).blockOptional(WAIT)).as("not due yet").isEmpty();
		OutboxEntry again = this.second.claimNext(START.plusSeconds(5), LEASE).block(WAIT);
		assertThat(again.attempts()).isEqualTo(2);
		assertThat(this.first.markSent(entry, START.plusSeconds(6)).block(WAIT)).as("the first attempt's late answer")
			.isFalse();
		assertThat(this.second.markFinal(again, OutboxEntry.Status.UNDELIVERABLE, "banned").block(WAIT)).isTrue();
		assertThat(this.second.find("r-2").block(WAIT).getString("status")).isEqualTo("UNDELIVERABLE");
	}

	@Test
	void theClaimReadsAnIndexAndSortsNothingInMemory() {
		this.first.createIndexes().block(WAIT);
		this.first.addClaimed(reply("r-3"), START, LEASE).block(WAIT);
		this.commands.clear();
		assertThat(this.second.claimNext(START.plus(LEASE).plusSeconds(1), LEASE).block(WAIT).attempts()).isEqualTo(2);

		BsonDocument claim = this.commands.sent("findAndModify", "outbox").get(0);
		assertThat(claim.getDocument("sort")).isEqualTo(new BsonDocument("nextAttemptAt", new BsonInt32(1)));
		QueryPlans.assertIndexedWithoutSort(QueryPlans.explain(this.store.database(), claim));
	}

	private static Reply reply(String id) {
		return new Reply(id, ChannelType.ZALO, "zalo-user-1", "case-1", "Bác mở ứng dụng VNeID ạ.", List.of(), null,
				START);
	}

}

package vn.hocvuso.helpdesk.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.BsonDocument;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import reactor.core.publisher.Mono;

import vn.hocvuso.helpdesk.QueryPlans;
import vn.hocvuso.helpdesk.RecordedCommands;
import vn.hocvuso.helpdesk.WireServer;
import vn.hocvuso.helpdesk.shared.ChannelType;
import vn.hocvuso.helpdesk.store.ResidentListStore;
import vn.hocvuso.helpdesk.store.RetentionProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cases read by id, through the real driver over TCP. A resident's cases, found from
 * their list ({@link ResidentListStore}): the export of their data, their group given to
 * earlier cases, and the erasure of their words reach every case of theirs and none of
 * anyone else's, even of a resident whose id begins with theirs; cases stored before the
 * list are found before and after they are listed; a redelivered message or a case never
 * stored leaves nothing behind. The retention sweep reads from a week before where the
 * last one stopped.
 */
class CasesByIdIntegrationTests {

	private static final Duration WAIT = Duration.ofSeconds(30);

	private static final String ANH = "6560f0a1b2c3d4e5f6a7b8c9";

	private static final String BINH = "6560f0a1b2c3d4e5f6a7b8ca";

	/** A made-up id that begins with Anh's and the list's own separator. */
	private static final String LOOKALIKE = ANH + "/x";

	private static final Instant START = Instant.parse("2026-10-01T07:00:00Z");

	private final RecordedCommands commands = new RecordedCommands();

	private WireServer store;

	private MongoDatabase database;

	private CaseStore cases;

	private CaseTextsStore texts;

	private int made;

	@BeforeEach
	void start() {
		this.store = new WireServer(this.commands);
		this.database = this.store.database();
		this.cases = new CaseStore(this.database, new DefaultListableBeanFactory().getBeanProvider(CaseListener.class));
		this.cases.afterPropertiesSet();
		this.texts = new CaseTextsStore(this.database,
				new RetentionProperties(Duration.ofDays(730), Duration.ofDays(730)));
	}

	@AfterEach
	void stop() {
		this.store.close();
	}

	@Test
	void exportGroupAndErasureReachEveryCaseOfTheResidentAndNoOneElses() {
		assertThat(this.cases.listCasesUnderResidents().block(WAIT)).isZero();
		List<String> anh = open(ANH, 7);
		open(BINH, 3);
		open(LOOKALIKE, 2);

		assertThat(ids(ANH)).containsExactlyElementsOf(anh);
		assertThat(this.cases.assignGroup(ANH, "TDP01").block(WAIT)).isEqualTo(7);
		assertThat(this.cases.assignGroup(ANH, "TDP02").block(WAIT)).as("a case that has a group keeps it").isZero();
		assertThat(this.texts.eraseResident(ANH, START).block(WAIT)).isEqualTo(7);

		assertThat(this.cases.ofResident(ANH).collectList().block(WAIT)).hasSize(7)
			.allSatisfy((c) -> assertThat(c.groupCode()).isEqualTo("TDP01"))
			.allSatisfy((c) -> assertThat(c.text()).isEqualTo(RetentionProperties.REMOVED_TEXT));
		for (String other : List.of(BINH, LOOKALIKE)) {
			assertThat(this.cases.ofResident(other).collectList().block(WAIT)).isNotEmpty()
				.allSatisfy((c) -> assertThat(c.groupCode()).isNull())
				.allSatisfy((c) -> assertThat(c.text()).startsWith("hỏi"));
		}
	}

	@Test
	void casesStoredBeforeTheListAreFoundBeforeAndAfterTheyAreListedOnce() {
		List<SupportCase> earlier = new ArrayList<>();
		for (int i = 0; i < 2_300; i++) {
			earlier.add(received((i % 2 == 0) ? ANH : BINH));
		}
		// As a store written before the list: cases only.
		Mono.from(this.database.getCollection("cases")
			.insertMany(earlier.stream().map(CaseDocuments::toDocument).toList())).block(WAIT);
		List<String> anh = earlier.stream().filter((c) -> c.residentId().equals(ANH)).map(SupportCase::id).toList();
		assertThat(ids(ANH)).as("found by their resident's id until listed").containsExactlyElementsOf(anh);

		assertThat(this.cases.listCasesUnderResidents().block(WAIT)).isEqualTo(2_300);
		assertThat(this.cases.listCasesUnderResidents().block(WAIT)).as("once").isZero();
		List<String> later = open(ANH, 2);

		List<String> all = new ArrayList<>(anh);
		all.addAll(later);
		assertThat(ids(ANH)).as("across batches of %d", ResidentListStore.BATCH).containsExactlyElementsOf(all);
		assertThat(this.cases.assignGroup(ANH, "TDP03").block(WAIT)).isEqualTo(all.size());
		assertThat(this.texts.eraseResident(ANH, START).block(WAIT)).isEqualTo(all.size());

		// A case put in the store behind the list's back is not read: reads go by the
		// list.
		SupportCase unlisted = received(ANH);
		Mono.from(this.database.getCollection("cases").insertOne(CaseDocuments.toDocument(unlisted))).block(WAIT);
		assertThat(ids(ANH)).doesNotContain(unlisted.id()).hasSize(all.size());
	}

	@Test
	void aRedeliveredMessageOrACaseNeverStoredLeavesNothingToFind() {
		this.cases.listCasesUnderResidents().block(WAIT);
		SupportCase first = received(ANH);
		assertThat(this.cases.open(first).block(WAIT).duplicate()).isFalse();
		SupportCase again = SupportCase.received(CaseIds.newId(START), ChannelType.ZALO, ANH, first.messageId(),
				"hỏi lại", "hoi lai", List.of(), START, null);
		assertThat(this.cases.open(again).block(WAIT).duplicate()).isTrue();
		// What a crash between listing a case and storing it leaves.
		new ResidentListStore(this.database, "resident_cases", "caseId").add(ANH, CaseIds.newId(START)).block(WAIT);

		assertThat(new ResidentListStore(this.database, "resident_cases", "caseId").ids(ANH).collectList().block(WAIT))
			.as("the redelivery's entry is gone; the crash's stays")
			.hasSize(2)
			.contains(first.id())
			.doesNotContain(again.id());
		assertThat(ids(ANH)).containsExactly(first.id());
		assertThat(this.cases.assignGroup(ANH, "TDP01").block(WAIT)).isOne();
		assertThat(this.texts.eraseResident(ANH, START).block(WAIT)).isOne();
	}

	@Test
	void theRetentionSweepReadsFromAWeekBeforeWhereTheLastOneStopped() {
		Instant now = START;
		Instant cutoff = now.minus(Duration.ofDays(730));
		SupportCase old = stored(cutoff.minus(Duration.ofDays(70)), null);
		SupportCase processedLate = stored(cutoff.minus(Duration.ofDays(70)), Duration.ofHours(5));
		SupportCase recent = stored(cutoff.plus(Duration.ofDays(2)), null);
		assertThat(this.texts.removeExpired(now).block(WAIT)).isEqualTo(2);
		assertThat(text(old)).isEqualTo(RetentionProperties.REMOVED_TEXT);
		assertThat(text(processedLate)).isEqualTo(RetentionProperties.REMOVED_TEXT);
		assertThat(text(recent)).startsWith("hỏi");

		// Stored behind the sweep's back, before where it stopped: within a week of it,
		// and
		// long before.
		SupportCase withinTheWeek = stored(cutoff.minus(Duration.ofDays(6)), null);
		SupportCase longBefore = stored(cutoff.minus(Duration.ofDays(9)), null);
		assertThat(this.texts.removeExpired(now.plus(Duration.ofDays(3))).block(WAIT)).isEqualTo(2);
		assertThat(text(withinTheWeek)).isEqualTo(RetentionProperties.REMOVED_TEXT);
		assertThat(text(recent)).isEqualTo(RetentionProperties.REMOVED_TEXT);
		assertThat(text(longBefore)).as("not read again").startsWith("hỏi");
		assertThat(this.texts.removeExpired(now.minus(Duration.ofDays(30))).block(WAIT))
			.as("a clock set back a month reads nothing new")
			.isZero();
	}

	@Test
	void theLibrarysTopicCountsTakeThePeriodsCasesOnly() {
		Instant since = START.minus(Duration.ofDays(30));
		topical(since.plusSeconds(5), "vneid.install", "answer", "helpful");
		topical(since.plus(Duration.ofDays(3)), "vneid.install", "answer", "not_helpful");
		topical(since.plus(Duration.ofDays(4)), "vneid.install", "escalate", null);
		topical(since.plus(Duration.ofDays(9)), "scam.call", "answer", "helpful");
		topical(since.plus(Duration.ofDays(9)), null, "escalate", null);
		topical(since.minusSeconds(5), "scam.call", "answer", "helpful");
		topical(since.minus(Duration.ofDays(200)), "vneid.install", "answer", "helpful");

		Map<String, TopicActivity> counts = this.cases.byTopicSince(since).collectMap(TopicActivity::topic).block(WAIT);
		assertThat(counts).containsOnlyKeys("vneid.install", "scam.call");
		assertThat(counts.get("vneid.install")).isEqualTo(new TopicActivity("vneid.install", 3, 2, 1, 1));
		assertThat(counts.get("scam.call")).isEqualTo(new TopicActivity("scam.call", 1, 1, 1, 0));
	}

	@Test
	void theNewestCasesAreReadFromAnIndexInOrder() {
		open("plans", 3);
		this.commands.clear();
		assertThat(this.cases.find(new CaseQuery(50, null, null)).collectList().block(WAIT)).hasSize(3);
		assertThat(this.cases.find(new CaseQuery(50, CaseStatus.RECEIVED, null)).collectList().block(WAIT)).hasSize(3);
		assertThat(this.cases.find(new CaseQuery(50, null, "vneid.install")).collectList().block(WAIT)).isEmpty();

		List<BsonDocument> reads = this.commands.sent("find", "cases");
		assertThat(reads).hasSize(3);
		reads.forEach((read) -> QueryPlans.assertIndexedWithoutSort(QueryPlans.explain(this.database, read)));
	}

	private void topical(Instant at, @Nullable String topic, String decision, @Nullable String feedback) {
		// Minted when processed, an hour after it was received: ids made before they
		// carried the time received.
		String id = CaseIds.newId(at.plus(Duration.ofHours(1)));
		SupportCase supportCase = new SupportCase(id, ChannelType.ZALO, BINH, "m-" + id, "hỏi", "hoi", topic, 0.9,
				decision, null, null, CaseStatus.ANSWERED, false, List.of(), at, null, null, null, feedback);
		Mono.from(this.database.getCollection("cases").insertOne(CaseDocuments.toDocument(supportCase))).block(WAIT);
	}

	/** A case stored as is; its id minted when received, or that long after. */
	private SupportCase stored(Instant at, @Nullable Duration mintedAfter) {
		String id = (mintedAfter == null) ? CaseIds.newId(at) : CaseIds.newId(at.plus(mintedAfter));
		SupportCase supportCase = SupportCase.received(id, ChannelType.ZALO, BINH, "m-" + id, "hỏi cách nộp hồ sơ",
				"hoi cach nop ho so", List.of(), at, null);
		Mono.from(this.database.getCollection("cases").insertOne(CaseDocuments.toDocument(supportCase))).block(WAIT);
		return supportCase;
	}

	private String text(SupportCase supportCase) {
		return this.cases.find(supportCase.id()).block(WAIT).text();
	}

	private List<String> open(String residentId, int count) {
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			ids.add(this.cases.open(received(residentId)).block(WAIT).supportCase().id());
		}
		return ids;
	}

	private SupportCase received(String residentId) {
		Instant at = START.plusSeconds(60L * this.made++);
		return SupportCase.received(CaseIds.newId(at), ChannelType.ZALO, residentId, "m-" + this.made,
				"hỏi cách cài VNeID", "hoi cach cai vneid", List.of(), at, null);
	}

	private List<String> ids(String residentId) {
		return this.cases.ofResident(residentId).map(SupportCase::id).collectList().block(WAIT);
	}

}

package vn.hocvuso.helpdesk.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.Document;
import org.bson.conversions.Bson;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Repository;

import vn.hocvuso.helpdesk.store.RetentionProperties;
import vn.hocvuso.helpdesk.store.Expiry;
import vn.hocvuso.helpdesk.store.ResidentListStore;

/**
 * Removes residents' words from cases: every case older than the retention time
 * ({@code helpdesk.retention.case-texts}), and all of one resident's cases when they ask
 * to be erased. The text becomes {@link RetentionProperties#REMOVED_TEXT}; the normalised
 * text and the attachments go; the case itself, its topic, outcome and times stay, so
 * counts do not change.
 */
@Repository
public class CaseTextsStore implements Expiry {

	/**
	 * How far before the last sweep's cutoff a sweep reads again: a clock set back, or a
	 * case stored late, is still caught.
	 */
	private static final Duration OVERLAP = Duration.ofDays(7);

	private static final String SWEPT = "swept";

	private final MongoCollection<Document> cases;

	/** Where the last sweep stopped: cases received before it have no words left. */
	private final MongoCollection<Document> sweeps;

	private final ResidentListStore residentCases;

	private final RetentionProperties retention;

	CaseTextsStore(MongoDatabase database, RetentionProperties retention) {
		this.cases = database.getCollection("cases");
		this.sweeps = database.getCollection("case_text_sweeps");
		this.residentCases = new ResidentListStore(database, "resident_cases", "caseId");
		this.retention = retention;
	}

	@Override
	public String collection() {
		return "cases (texts)";
	}

	/**
	 * Removes the words of cases received before the retention time. The cases are read
	 * by id from a week before where the last sweep stopped (the first sweep of a store
	 * reads them all), so an hourly sweep of years of cases reads about a week of them.
	 */
	@Override
	public Mono<Long> removeExpired(Instant now) {
		Instant cutoff = now.minus(this.retention.caseTexts());
		Bson before = Filters.and(Filters.lt("_id", CaseIds.firstAt(cutoff.plus(CaseIds.LAG))),
				Filters.lt("receivedAt", Date.from(cutoff)));
		return Mono.from(this.sweeps.find(Filters.eq("_id", SWEPT)).first())
			.map((swept) -> Filters.and(before,
					Filters.gte("_id", CaseIds.firstAt(swept.getDate("before").toInstant().minus(OVERLAP)))))
			.defaultIfEmpty(before)
			.flatMap((older) -> remove(older, now))
			.flatMap((removed) -> Mono.from(this.sweeps.updateOne(Filters.eq("_id", SWEPT),
					Updates.max("before", Date.from(cutoff)), new UpdateOptions().upsert(true)))
				.thenReturn(removed));
	}

	/** Removes the words of every case of one resident; how many cases changed. */
	public Mono<Long> eraseResident(String residentId, Instant now) {
		return this.residentCases.filters(residentId).concatMap((filter) -> remove(filter, now)).reduce(0L, Long::sum);
	}

	private Mono<Long> remove(Bson which, Instant now) {
		return Mono.from(this.cases.updateMany(Filters.and(which, Filters.exists("textRemovedAt", false)),
				Updates.combine(Updates.set("text", RetentionProperties.REMOVED_TEXT),
						Updates.set("normalizedText", ""), Updates.set("attachmentUrls", List.of()),
						Updates.set("textRemovedAt", Date.from(now)))))
			.map(UpdateResult::getModifiedCount);
	}

}

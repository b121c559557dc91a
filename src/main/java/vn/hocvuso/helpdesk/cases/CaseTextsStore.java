package vn.hocvuso.helpdesk.cases;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.mongodb.client.model.Filters;
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

/**
 * Removes residents' words from cases: every case older than the retention time
 * ({@code helpdesk.retention.case-texts}), and all of one resident's cases when they ask
 * to be erased. The text becomes {@link RetentionProperties#REMOVED_TEXT}; the normalised
 * text and the attachments go; the case itself, its topic, outcome and times stay, so
 * counts do not change.
 */
@Repository
public class CaseTextsStore implements Expiry {

	private final MongoCollection<Document> cases;

	private final ResidentCaseStore residentCases;

	private final RetentionProperties retention;

	CaseTextsStore(MongoDatabase database, RetentionProperties retention) {
		this.cases = database.getCollection("cases");
		this.residentCases = new ResidentCaseStore(database);
		this.retention = retention;
	}

	@Override
	public String collection() {
		return "cases (texts)";
	}

	@Override
	public Mono<Long> removeExpired(Instant now) {
		return remove(Filters.lt("receivedAt", Date.from(now.minus(this.retention.caseTexts()))), now);
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

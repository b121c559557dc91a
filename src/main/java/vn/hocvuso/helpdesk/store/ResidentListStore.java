package vn.hocvuso.helpdesk.cases;

import java.util.List;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.Document;
import org.bson.conversions.Bson;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Which cases each resident has, in the {@code resident_cases} collection: one small
 * document per case, whose id is the resident's id, a slash and the case's id. A
 * resident's cases are then one id range, which the embedded store reads in key order and
 * a real MongoDB by its {@code _id} index, where a query on the cases' {@code residentId}
 * reads every case in the embedded store.
 * <p>
 * An entry is written before its case, so the list never misses a case a crash left
 * stored; an entry whose case was never stored matches no case. Stores from before the
 * list are listed once ({@link #listAll}); until then a resident's cases are found by
 * their {@code residentId}, as before.
 */
final class ResidentCaseStore {

	/** How many case ids one query of the cases lists. */
	static final int BATCH = 1_000;

	/** The entry saying every case is listed; entry ids hold a slash, this one none. */
	private static final String ALL_LISTED = "all-listed";

	private final MongoCollection<Document> entries;

	ResidentCaseStore(MongoDatabase database) {
		this.entries = database.getCollection("resident_cases");
	}

	/** Lists a case under its resident; listing it again changes nothing. */
	Mono<Void> add(String residentId, String caseId) {
		return Mono.from(this.entries.insertOne(entry(residentId, caseId)))
			.then()
			.onErrorResume(CaseStore::isDuplicate, (duplicate) -> Mono.empty());
	}

	/** Takes a case off its resident's list (one that was not stored after all). */
	Mono<Void> remove(String residentId, String caseId) {
		return Mono.from(this.entries.deleteOne(Filters.eq("_id", key(residentId, caseId)))).then();
	}

	/**
	 * Filters that together find every case of a resident: the listed ids, {@link #BATCH}
	 * at a time, each with the resident's id (an entry never names another's case); or
	 * the resident's id alone while the store's older cases are not yet listed.
	 */
	Flux<Bson> filters(String residentId) {
		Bson resident = Filters.eq("residentId", residentId);
		return allListed().flatMapMany((listed) -> !listed ? Flux.just(resident)
				: caseIds(residentId).buffer(BATCH).map((ids) -> Filters.and(Filters.in("_id", ids), resident)));
	}

	/** The ids of a resident's cases, oldest first. */
	Flux<String> caseIds(String residentId) {
		return Flux
			.from(this.entries
				.find(Filters.and(Filters.gte("_id", residentId + "/"), Filters.lt("_id", residentId + "0"),
						Filters.eq("residentId", residentId)))
				.sort(Sorts.ascending("_id"))
				.batchSize(BATCH))
			.map((entry) -> entry.getString("caseId"));
	}

	/**
	 * Lists every case given (a store's cases from before the list), then records that
	 * all are listed; does nothing once they are.
	 * @return how many cases were listed now
	 */
	Mono<Long> listAll(Flux<SupportCase> cases) {
		return allListed().flatMap((listed) -> listed ? Mono.just(0L)
				: cases.buffer(BATCH)
					.concatMap(this::addAll)
					.reduce(0L, Long::sum)
					.flatMap((count) -> Mono.from(this.entries.insertOne(new Document("_id", ALL_LISTED)))
						.onErrorResume(CaseStore::isDuplicate, (duplicate) -> Mono.empty())
						.thenReturn(count)));
	}

	Mono<Boolean> allListed() {
		return Mono.from(this.entries.find(Filters.eq("_id", ALL_LISTED)).first()).hasElement();
	}

	/** Lists many cases at once; how many were not listed yet. */
	Mono<Long> addAll(List<SupportCase> cases) {
		List<Document> batch = cases.stream()
			.filter((supportCase) -> supportCase.residentId() != null)
			.map((supportCase) -> entry(supportCase.residentId(), supportCase.id()))
			.toList();
		if (batch.isEmpty()) {
			return Mono.just(0L);
		}
		return Mono.from(this.entries.insertMany(batch, new InsertManyOptions().ordered(false)))
			.map((result) -> (long) result.getInsertedIds().size())
			.onErrorResume(MongoBulkWriteException.class, (failed) -> failed.getWriteErrors()
				.stream()
				.allMatch((error) -> ErrorCategory.fromErrorCode(error.getCode()) == ErrorCategory.DUPLICATE_KEY)
						? Mono.just((long) (batch.size() - failed.getWriteErrors().size())) : Mono.error(failed));
	}

	private static Document entry(String residentId, String caseId) {
		return new Document("_id", key(residentId, caseId)).append("residentId", residentId).append("caseId", caseId);
	}

	private static String key(String residentId, String caseId) {
		return residentId + "/" + caseId;
	}

}

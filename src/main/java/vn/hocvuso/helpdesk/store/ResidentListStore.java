package vn.hocvuso.helpdesk.store;

import java.util.List;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Which documents (cases, tickets) each resident has, in a collection of its own: one
 * small entry per document, whose id is the resident's id, a slash and the document's id.
 * A resident's documents are then one id range, which the embedded store reads in key
 * order and a real MongoDB by its {@code _id} index, where a query on the documents'
 * {@code residentId} reads every document in the embedded store.
 * <p>
 * An entry is written before its document, so the list never misses a document a crash
 * left stored; an entry whose document was never stored matches nothing. Stores from
 * before the list are listed once ({@link #listAll}); until then a resident's documents
 * are found by their {@code residentId}, as before.
 */
public final class ResidentListStore {

	/** How many ids one query of the listed documents names. */
	public static final int BATCH = 1_000;

	/**
	 * The entry saying a list holds every earlier document; this list's entry ids hold a
	 * slash, this one none. The other lists of this kind use the same marker.
	 */
	public static final String ALL_LISTED = "all-listed";

	private final MongoCollection<Document> entries;

	private final String idField;

	/**
	 * @param collection the list's collection
	 * @param idField the entries' field that holds the listed document's id
	 */
	public ResidentListStore(MongoDatabase database, String collection, String idField) {
		this.entries = database.getCollection(collection);
		this.idField = idField;
	}

	/** Lists a document under its resident; listing it again changes nothing. */
	public Mono<Void> add(String residentId, String id) {
		return Mono.from(this.entries.insertOne(entry(new Listed(residentId, id))))
			.then()
			.onErrorResume(ResidentListStore::isDuplicate, (duplicate) -> Mono.empty());
	}

	/** Takes a document off its resident's list (one that was not stored after all). */
	public Mono<Void> remove(String residentId, String id) {
		return Mono.from(this.entries.deleteOne(Filters.eq("_id", key(new Listed(residentId, id))))).then();
	}

	/**
	 * Filters that together find every document of a resident: the listed ids,
	 * {@link #BATCH} at a time, each with the resident's id (an entry never names
	 * another's document); or the resident's id alone while the store's older documents
	 * are not yet listed.
	 */
	public Flux<Bson> filters(String residentId) {
		Bson resident = Filters.eq("residentId", residentId);
		return allListed().flatMapMany((listed) -> !listed ? Flux.just(resident)
				: ids(residentId).buffer(BATCH).map((ids) -> Filters.and(Filters.in("_id", ids), resident)));
	}

	/** The ids of a resident's documents, in id order. */
	public Flux<String> ids(String residentId) {
		return Flux
			.from(this.entries
				.find(Filters.and(Filters.gte("_id", residentId + "/"), Filters.lt("_id", residentId + "0"),
						Filters.eq("residentId", residentId)))
				.sort(Sorts.ascending("_id"))
				.batchSize(BATCH))
			.map((entry) -> entry.getString(this.idField));
	}

	/**
	 * Lists every document given (a store's documents from before the list), then records
	 * that all are listed; does nothing once they are.
	 * @return how many documents were listed now
	 */
	public Mono<Long> listAll(Flux<Listed> documents) {
		return listOnce(this.entries, documents.filter((listed) -> listed.residentId() != null).map(this::entry));
	}

	private Mono<Boolean> allListed() {
		return allListed(this.entries);
	}

	/** Whether a list holds every earlier document (its {@link #ALL_LISTED} entry). */
	public static Mono<Boolean> allListed(MongoCollection<Document> entries) {
		return Mono.from(entries.find(Filters.eq("_id", ALL_LISTED)).first()).hasElement();
	}

	/**
	 * Stores a list's entries for a store's earlier documents, {@link #BATCH} at a time,
	 * then its {@link #ALL_LISTED} entry; does nothing once that is there. Two instances
	 * listing at once write each entry once.
	 * @return how many entries were new
	 */
	public static Mono<Long> listOnce(MongoCollection<Document> entries, Flux<Document> documents) {
		return allListed(entries).flatMap((listed) -> listed ? Mono.just(0L) : documents.buffer(BATCH)
			.concatMap((batch) -> insertNew(entries, batch))
			.reduce(0L, Long::sum)
			.flatMap((count) -> insertNew(entries, List.of(new Document("_id", ALL_LISTED))).thenReturn(count)));
	}

	/**
	 * Lists many documents at once; how many were not listed yet. Those without a
	 * resident are left out.
	 */
	public Mono<Long> addAll(List<Listed> documents) {
		List<Document> batch = documents.stream()
			.filter((listed) -> listed.residentId() != null)
			.map(this::entry)
			.toList();
		return insertNew(this.entries, batch);
	}

	/**
	 * Inserts documents in one go, leaving out those already there.
	 * @return how many were not there yet
	 */
	public static Mono<Long> insertNew(MongoCollection<Document> collection, List<Document> documents) {
		if (documents.isEmpty()) {
			return Mono.just(0L);
		}
		return Mono.from(collection.insertMany(documents, new InsertManyOptions().ordered(false)))
			.map((result) -> (long) result.getInsertedIds().size())
			.onErrorResume(MongoBulkWriteException.class, (failed) -> failed.getWriteErrors()
				.stream()
				.allMatch((error) -> ErrorCategory.fromErrorCode(error.getCode()) == ErrorCategory.DUPLICATE_KEY)
						? Mono.just((long) (documents.size() - failed.getWriteErrors().size())) : Mono.error(failed));
	}

	private Document entry(Listed listed) {
		return new Document("_id", key(listed)).append("residentId", listed.residentId())
			.append(this.idField, listed.id());
	}

	private static String key(Listed listed) {
		return listed.residentId() + "/" + listed.id();
	}

	private static boolean isDuplicate(Throwable error) {
		return error instanceof MongoWriteException write
				&& write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
	}

	/**
	 * A document to list under its resident.
	 *
	 * @param residentId the resident; a document without one is not listed
	 * @param id the document's id
	 */
	public record Listed(@Nullable String residentId, String id) {
	}

}

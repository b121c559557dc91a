package vn.hocvuso.helpdesk.editor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Repository;
import org.springframework.web.server.ResponseStatusException;

/**
 * Suggested questions: the undecided ones in {@code library_suggestions}, one document
 * per question, and every staff decision in {@code library_suggestion_decisions}, kept
 * forever under the question's id. A decision is taken by inserting it (the unique
 * {@code _id} lets only one decision win) and then the question leaves the undecided
 * collection; a question stored again later (its ticket resolved a second time) is
 * dropped when a decision exists, so a dismissed question never comes back. The page
 * reads only the undecided collection, newest first and bounded.
 */
@Repository
class SuggestionStore {

	private final MongoCollection<Document> pending;

	private final MongoCollection<Document> decisions;

	SuggestionStore(MongoDatabase database) {
		this.pending = database.getCollection("library_suggestions");
		this.decisions = database.getCollection("library_suggestion_decisions");
		// Declared for a real MongoDB; the embedded store ignores it (docs/adr/0001).
		Mono.from(this.pending.createIndex(Indexes.descending("resolvedAt", "_id"))).subscribe();
	}

	/** Keeps the question for staff, unless they have decided on it already. */
	Mono<Void> keep(PendingQuestion question) {
		return Mono
			.from(this.pending.replaceOne(Filters.eq("_id", question.id()), toDocument(question),
					new ReplaceOptions().upsert(true)))
			// Checked after the write: a decision taken meanwhile still removes it.
			.then(Mono.from(this.decisions.find(Filters.eq("_id", question.id())).first()))
			.flatMap((decided) -> Mono.from(this.pending.deleteOne(Filters.eq("_id", question.id()))))
			.then();
	}

	/** The undecided questions, most recently resolved first. */
	Flux<PendingQuestion> recent(int limit) {
		return Flux.from(this.pending.find().sort(Sorts.descending("resolvedAt", "_id")).limit(limit))
			.map(SuggestionStore::fromDocument);
	}

	/**
	 * The undecided questions with these ids, in order; 409 naming the first one already
	 * decided, 404 for an id never suggested.
	 */
	Mono<List<PendingQuestion>> undecided(List<String> ids) {
		return Flux.fromIterable(ids)
			.concatMap((id) -> Mono.from(this.pending.find(Filters.eq("_id", id)).first())
				.map(SuggestionStore::fromDocument)
				.switchIfEmpty(Mono.defer(() -> Mono.from(this.decisions.find(Filters.eq("_id", id)).first())
					.flatMap((decided) -> Mono.<PendingQuestion>error(alreadyDecided(decided)))
					.switchIfEmpty(Mono.error(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
							"Không có gợi ý mã " + id + "."))))))
			.collectList();
	}

	/**
	 * Records the decision on every question, or on none: when one was decided by someone
	 * else meanwhile, the ones just recorded are taken back and 409 names it.
	 */
	Mono<Void> decide(List<PendingQuestion> questions, String decision, @Nullable String topic, String who,
			Instant at) {
		List<String> taken = new ArrayList<>();
		return Flux.fromIterable(questions)
			.concatMap((question) -> Mono
				.from(this.decisions.insertOne(new Document("_id", question.id()).append("decision", decision)
					.append("topic", topic)
					.append("text", question.text())
					.append("by", who)
					.append("at", Date.from(at))))
				.doOnSuccess((inserted) -> taken.add(question.id())))
			.then()
			.onErrorResume(SuggestionStore::isDuplicate,
					(duplicate) -> undo(taken).then(Mono.error(new ResponseStatusException(HttpStatus.CONFLICT,
							"Có gợi ý vừa được người khác xử lý. Hãy tải lại trang."))));
	}

	/** Takes decisions back, when what they decided could not be done. */
	Mono<Void> undo(List<String> ids) {
		return Flux.fromIterable(List.copyOf(ids))
			.concatMap((id) -> this.decisions.deleteOne(Filters.eq("_id", id)))
			.then();
	}

	/** Removes decided questions from the undecided ones. */
	Mono<Void> forget(List<PendingQuestion> questions) {
		return Flux.fromIterable(questions)
			.concatMap((question) -> this.pending.deleteOne(Filters.eq("_id", question.id())))
			.then();
	}

	private static ResponseStatusException alreadyDecided(Document decided) {
		String what = "accepted".equals(decided.getString("decision"))
				? "đã được thêm vào chủ đề " + decided.getString("topic") : "đã bị bỏ qua";
		return new ResponseStatusException(HttpStatus.CONFLICT, "Gợi ý \"" + decided.getString("text") + "\" " + what
				+ " (do " + decided.getString("by") + "). Hãy tải lại trang.");
	}

	private static Document toDocument(PendingQuestion question) {
		return new Document("_id", question.id()).append("ticketId", question.ticketId())
			.append("text", question.text())
			.append("reply", question.reply())
			.append("resolvedBy", question.resolvedBy())
			.append("resolvedAt", Date.from(question.resolvedAt()))
			.append("reason", question.reason().name());
	}

	private static PendingQuestion fromDocument(Document document) {
		return new PendingQuestion(document.getString("_id"), document.getString("ticketId"),
				document.getString("text"), document.getString("reply"), document.getString("resolvedBy"),
				document.getDate("resolvedAt").toInstant(),
				PendingQuestion.Reason.valueOf(document.getString("reason")));
	}

	private static boolean isDuplicate(Throwable error) {
		return error instanceof MongoWriteException write
				&& write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
	}

}

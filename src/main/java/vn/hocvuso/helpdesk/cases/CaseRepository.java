package vn.hocvuso.helpdesk.cases;

import java.util.ArrayList;
import java.util.List;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.Document;
import org.bson.conversions.Bson;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Repository;

import vn.hocvuso.helpdesk.shared.ChannelType;

/**
 * Support cases in the {@code cases} collection. A unique index on (channel, message id)
 * makes a redelivered message find its first case instead of opening a second.
 */
@Repository
public class CaseRepository implements InitializingBean {

	private final MongoCollection<Document> cases;

	CaseRepository(MongoDatabase database) {
		this.cases = database.getCollection("cases");
	}

	/** Declares the indexes at start-up, before the server takes requests. */
	@Override
	public void afterPropertiesSet() {
		createIndexes().block(java.time.Duration.ofSeconds(30));
	}

	/** The indexes a real MongoDB uses; the embedded store keeps only the unique one. */
	Mono<Void> createIndexes() {
		List<IndexModel> indexes = List.of(
				new IndexModel(Indexes.ascending("channel", "messageId"), new IndexOptions().unique(true)),
				new IndexModel(Indexes.descending("receivedAt")),
				new IndexModel(Indexes.compoundIndex(Indexes.ascending("status"), Indexes.descending("receivedAt"))),
				new IndexModel(Indexes.compoundIndex(Indexes.ascending("topic"), Indexes.descending("receivedAt"))),
				new IndexModel(Indexes.ascending("residentId")));
		return Flux.from(this.cases.createIndexes(indexes)).then();
	}

	/** Stores a new case, or finds the one already opened for the same message. */
	public Mono<Opened> open(SupportCase supportCase) {
		return Mono.from(this.cases.insertOne(CaseDocuments.toDocument(supportCase)))
			.thenReturn(new Opened(supportCase, false))
			.onErrorResume(CaseRepository::isDuplicate,
					(duplicate) -> findByMessage(supportCase.channel(), supportCase.messageId())
						.map((existing) -> new Opened(existing, true)));
	}

	public Mono<SupportCase> save(SupportCase supportCase) {
		return Mono
			.from(this.cases.replaceOne(Filters.eq("_id", supportCase.id()), CaseDocuments.toDocument(supportCase)))
			.thenReturn(supportCase);
	}

	/**
	 * Records that the channel refused the case's reply for good: the case goes to a
	 * person, who can phone the resident.
	 */
	public Mono<Void> markUndeliverable(String caseId, String problem) {
		return Mono.from(this.cases.updateOne(Filters.eq("_id", caseId),
				com.mongodb.client.model.Updates.combine(
						com.mongodb.client.model.Updates.set("deliveryProblem", problem),
						com.mongodb.client.model.Updates.set("status", CaseStatus.ESCALATED.name()),
						com.mongodb.client.model.Updates.set("escalationReason", "UNDELIVERABLE"))))
			.then();
	}

	/** Stores the resident's rating of the help they got. */
	public Mono<Void> recordFeedback(String caseId, String feedback) {
		return Mono
			.from(this.cases.updateOne(Filters.eq("_id", caseId),
					com.mongodb.client.model.Updates.set("feedback", feedback)))
			.then();
	}

	public Flux<SupportCase> find(CaseQuery query) {
		List<Bson> filters = new ArrayList<>();
		if (query.status() != null) {
			filters.add(Filters.eq("status", query.status().name()));
		}
		if (query.topic() != null) {
			filters.add(Filters.eq("topic", query.topic()));
		}
		Bson filter = filters.isEmpty() ? new Document() : Filters.and(filters);
		return Flux.from(this.cases.find(filter).sort(Sorts.descending("receivedAt")).limit(query.limit()))
			.map(CaseDocuments::fromDocument);
	}

	private Mono<SupportCase> findByMessage(ChannelType channel, String messageId) {
		return Mono
			.from(this.cases.find(Filters.and(Filters.eq("channel", channel.id()), Filters.eq("messageId", messageId)))
				.first())
			.map(CaseDocuments::fromDocument);
	}

	private static boolean isDuplicate(Throwable error) {
		return error instanceof MongoWriteException write
				&& write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
	}

	/**
	 * The case for a message.
	 *
	 * @param duplicate the message had been received before
	 */
	public record Opened(SupportCase supportCase, boolean duplicate) {
	}

}

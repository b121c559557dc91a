package vn.hocvuso.helpdesk.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndReplaceOptions;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Repository;

import vn.hocvuso.helpdesk.shared.ChannelType;
import vn.hocvuso.helpdesk.store.IdPages;
import vn.hocvuso.helpdesk.store.IndexBuilds;
import vn.hocvuso.helpdesk.store.ResidentListStore;

/**
 * Support cases in the {@code cases} collection. A unique index on (channel, message id)
 * makes a redelivered message find its first case instead of opening a second. Every
 * stored change is passed to the {@link CaseListener}s.
 */
@Repository
public class CaseStore implements InitializingBean {

	private final MongoCollection<Document> cases;

	private final IdPages pages;

	private final ResidentListStore residentCases;

	private final ObjectProvider<CaseListener> listeners;

	CaseStore(MongoDatabase database, ObjectProvider<CaseListener> listeners) {
		this.cases = database.getCollection("cases");
		this.pages = new IdPages(this.cases);
		this.residentCases = new ResidentListStore(database, "resident_cases", "caseId");
		this.listeners = listeners;
	}

	/** Declares the indexes at start-up, before the server takes requests. */
	@Override
	public void afterPropertiesSet() {
		IndexBuilds.declare("the cases", createIndexes());
	}

	/**
	 * The indexes a real MongoDB uses. The embedded store keeps only the unique one, and
	 * reads the newest cases and a period's cases in {@code _id} order ({@link CaseIds}).
	 */
	Mono<Void> createIndexes() {
		List<IndexModel> indexes = List.of(
				new IndexModel(Indexes.ascending("channel", "messageId"), new IndexOptions().unique(true)),
				new IndexModel(Indexes.descending("receivedAt")),
				new IndexModel(Indexes.compoundIndex(Indexes.ascending("status"), Indexes.descending("_id"))),
				new IndexModel(Indexes.compoundIndex(Indexes.ascending("topic"), Indexes.descending("_id"))),
				new IndexModel(Indexes.ascending("residentId")));
		return Flux.from(this.cases.createIndexes(indexes)).then();
	}

	/**
	 * Stores a new case, listed under its resident first, or finds the one already opened
	 * for the same message.
	 */
	public Mono<Opened> open(SupportCase supportCase) {
		return this.residentCases.add(supportCase.residentId(), supportCase.id())
			.then(Mono.from(this.cases.insertOne(CaseDocuments.toDocument(supportCase))))
			.then(notifyListeners(null, supportCase))
			.thenReturn(new Opened(supportCase, false))
			.onErrorResume(CaseStore::isDuplicate,
					(duplicate) -> this.residentCases.remove(supportCase.residentId(), supportCase.id())
						.then(findByMessage(supportCase.channel(), supportCase.messageId()))
						.map((existing) -> new Opened(existing, true)));
	}

	/**
	 * Lists under their residents the cases stored before cases were listed so; once
	 * done, does nothing.
	 * @return how many cases were listed now
	 */
	Mono<Long> listCasesUnderResidents() {
		return this.residentCases.listAll(streamAll().map(CaseStore::listed));
	}

	public Mono<SupportCase> save(SupportCase supportCase) {
		return Mono
			.from(this.cases.findOneAndReplace(Filters.eq("_id", supportCase.id()),
					CaseDocuments.toDocument(supportCase),
					new FindOneAndReplaceOptions().returnDocument(ReturnDocument.BEFORE)))
			.map(CaseDocuments::fromDocument)
			.flatMap((before) -> notifyListeners(before, supportCase))
			.thenReturn(supportCase);
	}

	/**
	 * Records that the channel refused the case's reply for good: the case goes to a
	 * person, who can phone the resident.
	 */
	public Mono<Void> markUndeliverable(String caseId, String problem) {
		return Mono
			.from(this.cases.findOneAndUpdate(Filters.eq("_id", caseId),
					Updates.combine(Updates.set("deliveryProblem", problem),
							Updates.set("status", CaseStatus.ESCALATED.name()),
							Updates.set("escalationReason", SupportCase.UNDELIVERABLE)),
					new FindOneAndUpdateOptions().returnDocument(ReturnDocument.BEFORE)))
			.map(CaseDocuments::fromDocument)
			.flatMap((before) -> notifyListeners(before, before.undeliverable(problem)));
	}

	/**
	 * Gives the resident's cases that have no residential group the group they named: a
	 * resident asked for their group when a ticket opens has usually written several
	 * messages before, and those count for the group too. Each case changes on its own
	 * (its listeners move its counts); a case that got a group meanwhile keeps it.
	 * @return how many cases got the group
	 */
	public Mono<Long> assignGroup(String residentId, String groupCode) {
		Bson noGroup = Filters.or(Filters.eq("groupCode", null), Filters.eq("groupCode", ""));
		return this.residentCases.filters(residentId)
			.concatMap((filter) -> this.cases.find(Filters.and(filter, noGroup)).projection(new Document("_id", 1)))
			.concatMap((found) -> Mono
				.from(this.cases.findOneAndUpdate(Filters.and(Filters.eq("_id", found.get("_id")), noGroup),
						Updates.set("groupCode", groupCode),
						new FindOneAndUpdateOptions().returnDocument(ReturnDocument.BEFORE)))
				.map(CaseDocuments::fromDocument)
				.flatMap((before) -> notifyListeners(before, before.withGroup(groupCode)).thenReturn(1L)))
			.count();
	}

	/**
	 * Inserts many cases at once, listed under their residents, without telling the
	 * listeners: for bulk loads such as the indicators benchmark, after which
	 * {@code rebuild-indicators} counts them.
	 */
	public Mono<Void> importBatch(List<SupportCase> batch) {
		return this.residentCases.addAll(batch.stream().map(CaseStore::listed).toList())
			.then(Mono.from(this.cases.insertMany(batch.stream().map(CaseDocuments::toDocument).toList())))
			.then();
	}

	/**
	 * Cases received from {@code from} (inclusive) to {@code to} (exclusive), oldest
	 * first (to the second), read from the store in pages so a long range never sits in
	 * memory. The range is read by id, with {@link CaseIds#LAG} for cases whose id was
	 * minted when they were processed, not received (before ids carried the time
	 * received).
	 */
	public Flux<SupportCase> streamReceived(Instant from, Instant to) {
		return this.pages
			.inIdOrder(
					List.of(Filters.lt("_id", CaseIds.firstAt(to.plus(CaseIds.LAG))),
							Filters.gte("receivedAt", Date.from(from)), Filters.lt("receivedAt", Date.from(to))),
					Filters.gte("_id", CaseIds.firstAt(from)))
			.map(CaseDocuments::fromDocument);
	}

	/**
	 * Every case of one resident, oldest first, for the export of what is kept about
	 * them.
	 */
	public Flux<SupportCase> ofResident(String residentId) {
		return this.residentCases.filters(residentId)
			.concatMap((filter) -> this.cases.find(filter).batchSize(ResidentListStore.BATCH))
			.map(CaseDocuments::fromDocument)
			.sort(Comparator.comparing(SupportCase::receivedAt));
	}

	/** Every case, in id order, a page at a time (for rebuilding counters). */
	public Flux<SupportCase> streamAll() {
		return this.pages.inIdOrder(List.of(), null).map(CaseDocuments::fromDocument);
	}

	/** Stores the resident's rating of the help they got. */
	public Mono<Void> recordFeedback(String caseId, String feedback) {
		return Mono
			.from(this.cases.findOneAndUpdate(Filters.eq("_id", caseId), Updates.set("feedback", feedback),
					new FindOneAndUpdateOptions().returnDocument(ReturnDocument.BEFORE)))
			.map(CaseDocuments::fromDocument)
			.flatMap((before) -> notifyListeners(before, before.withFeedback(feedback)));
	}

	public Mono<SupportCase> find(String id) {
		return Mono.from(this.cases.find(Filters.eq("_id", id)).first()).map(CaseDocuments::fromDocument);
	}

	/** The newest cases first: by id, which begins with the time received. */
	public Flux<SupportCase> find(CaseQuery query) {
		List<Bson> filters = new ArrayList<>();
		if (query.status() != null) {
			filters.add(Filters.eq("status", query.status().name()));
		}
		if (query.topic() != null) {
			filters.add(Filters.eq("topic", query.topic()));
		}
		Bson filter = filters.isEmpty() ? new Document() : Filters.and(filters);
		return Flux.from(this.cases.find(filter).sort(Sorts.descending("_id")).limit(query.limit()))
			.map(CaseDocuments::fromDocument);
	}

	/**
	 * Counts by topic of the cases received since {@code since}, for the staff's library
	 * list: the period's cases read by id, a page at a time, and counted here (an
	 * aggregation reads every case in the embedded store).
	 */
	public Flux<TopicActivity> byTopicSince(Instant since) {
		return this.pages
			.inIdOrder(List.of(Filters.gte("receivedAt", Date.from(since))), Filters.gte("_id", CaseIds.firstAt(since)))
			.map(CaseDocuments::fromDocument)
			.filter((supportCase) -> supportCase.topic() != null)
			.collect(HashMap<String, TopicActivity>::new,
					(byTopic, supportCase) -> byTopic.merge(supportCase.topic(), TopicActivity.of(supportCase),
							TopicActivity::plus))
			.flatMapIterable(Map::values);
	}

	/**
	 * The case of a message, by the unique index on (channel, message id). The query is
	 * exactly the index's fields: the embedded store uses an index only then, and
	 * {@code Filters.and} would wrap them in an {@code $and} and read every case (at a
	 * million cases, seconds per redelivered message, with the collection locked).
	 */
	private Mono<SupportCase> findByMessage(ChannelType channel, String messageId) {
		return Mono.from(this.cases.find(new Document("channel", channel.id()).append("messageId", messageId)).first())
			.map(CaseDocuments::fromDocument);
	}

	private Mono<Void> notifyListeners(@Nullable SupportCase before, SupportCase after) {
		return Flux.fromStream(this.listeners.orderedStream())
			.concatMap((listener) -> listener.changed(before, after))
			.then();
	}

	private static ResidentListStore.Listed listed(SupportCase supportCase) {
		return new ResidentListStore.Listed(supportCase.residentId(), supportCase.id());
	}

	/** Whether a write failed on a unique index: the document was there already. */
	static boolean isDuplicate(Throwable error) {
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

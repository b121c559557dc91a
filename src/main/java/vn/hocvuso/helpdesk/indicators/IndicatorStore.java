package vn.hocvuso.helpdesk.indicators;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.DeleteResult;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/**
 * The counter collections: {@code indicator_counters} (per day and month, of each group
 * and ambassador: {@link CounterIds}), {@code indicator_periods} (distinct residents per
 * week, month or quarter and group), {@code indicator_residents} (the keys that count a
 * resident once per period), {@code indicator_tickets} (what each ticket counts for now)
 * and the groups and ambassadors seen in {@code indicator_meta}. Reads go by {@code _id}
 * only.
 */
@Component
class IndicatorStore {

	private static final int INSERT_BATCH = 5_000;

	private final MongoCollection<Document> counters;

	private final MongoCollection<Document> periods;

	private final MongoCollection<Document> residentKeys;

	private final MongoCollection<Document> meta;

	private final MongoCollection<Document> tickets;

	IndicatorStore(MongoDatabase database) {
		this.counters = database.getCollection("indicator_counters");
		this.periods = database.getCollection("indicator_periods");
		this.residentKeys = database.getCollection("indicator_residents");
		this.meta = database.getCollection("indicator_meta");
		this.tickets = database.getCollection("indicator_tickets");
	}

	/**
	 * Adds the amounts of day documents to them and to the documents they spread to
	 * ({@link CounterIds#spread}), in one bulk write of {@code $inc} upserts; notes the
	 * groups and ambassadors of documents it creates.
	 */
	Mono<Void> add(Map<String, Map<String, Long>> days) {
		List<UpdateOneModel<Document>> updates = new ArrayList<>();
		List<String> ids = new ArrayList<>();
		CounterIds.spread(days).forEach((id, increments) -> {
			List<Bson> changes = new ArrayList<>();
			increments.forEach((path, amount) -> changes.add(Updates.inc(path, amount)));
			CounterIds.labels(id).forEach((label, value) -> changes.add(Updates.setOnInsert(label, value)));
			updates.add(new UpdateOneModel<>(Filters.eq("_id", id), Updates.combine(changes),
					new UpdateOptions().upsert(true)));
			ids.add(id);
		});
		if (updates.isEmpty()) {
			return Mono.empty();
		}
		return Mono.from(this.counters.bulkWrite(updates, new BulkWriteOptions().ordered(false)))
			.flatMapMany((result) -> Flux.fromIterable(result.getUpserts()))
			.map((upsert) -> ids.get(upsert.getIndex()))
			.concatMap(this::noteOwner)
			.then();
	}

	/**
	 * Stores the keys, each with the group and day it counts for; returns those that were
	 * new (the first sighting in their period).
	 */
	Mono<Set<String>> firstSightings(List<String> keys, String group, LocalDate day) {
		List<Document> documents = keys.stream().map((key) -> keyDocument(key, group, day)).toList();
		Set<String> fresh = new HashSet<>(keys);
		return Mono.from(this.residentKeys.insertMany(documents, new InsertManyOptions().ordered(false)))
			.thenReturn(fresh)
			.onErrorResume(MongoBulkWriteException.class, (error) -> {
				for (BulkWriteError refused : error.getWriteErrors()) {
					if (refused.getCode() != 11000) {
						return Mono.error(error);
					}
					fresh.remove(keys.get(refused.getIndex()));
				}
				return Mono.just(fresh);
			});
	}

	static Document keyDocument(String key, String group, LocalDate day) {
		return new Document("_id", key).append("group", group).append("day", day.toString());
	}

	/**
	 * Moves the keys that count for group {@code from} to group {@code to}; returns the
	 * keys moved, each with the day it counts for. A key moved already, or stored before
	 * keys kept their group, is left alone.
	 */
	Flux<Map.Entry<String, LocalDate>> moveKeys(List<String> keys, String from, String to) {
		return Flux.fromIterable(keys)
			.concatMap((key) -> Mono.from(this.residentKeys.findOneAndUpdate(
					Filters.and(Filters.eq("_id", key), Filters.eq("group", from)), Updates.set("group", to))))
			.map((moved) -> Map.entry(moved.getString("_id"), LocalDate.parse(moved.getString("day"))));
	}

	/**
	 * Adds the amounts to the distinct residents of week, month and quarter documents.
	 */
	Mono<Void> addPeriodResidents(Map<String, Long> amounts) {
		if (amounts.isEmpty()) {
			return Mono.empty();
		}
		List<UpdateOneModel<Document>> updates = new ArrayList<>();
		amounts.forEach((id, amount) -> updates.add(new UpdateOneModel<>(Filters.eq("_id", id),
				Updates.inc(CaseTally.RESIDENTS, amount), new UpdateOptions().upsert(true))));
		return Mono.from(this.periods.bulkWrite(updates)).then();
	}

	Flux<Document> counters(Collection<String> ids) {
		return Flux.from(this.counters.find(Filters.in("_id", ids)));
	}

	/**
	 * The counter documents of the owners (groups or ambassadors) for the period: its
	 * months for a month or a quarter, else its days.
	 */
	Mono<List<Document>> counters(Period period, List<String> owners) {
		boolean byMonth = period.kind() == Period.Kind.MONTH || period.kind() == Period.Kind.QUARTER;
		List<String> ids = new ArrayList<>();
		for (LocalDate day : period.days()) {
			if (!byMonth || day.getDayOfMonth() == 1) {
				owners.forEach((owner) -> ids.add(byMonth ? CounterIds.month(day, owner) : CounterIds.day(day, owner)));
			}
		}
		return counters(ids).collectList();
	}

	Flux<Document> periods(Collection<String> ids) {
		return Flux.from(this.periods.find(Filters.in("_id", ids)));
	}

	/** The residential groups that have counters, in code order. */
	Mono<List<String>> groups() {
		return seen("groups");
	}

	/** The usernames of the ambassadors who have counters, in order. */
	Mono<List<String>> ambassadors() {
		return seen("ambassadors");
	}

	private Mono<List<String>> seen(String what) {
		return Mono.from(this.meta.find(Filters.eq("_id", what)).first())
			.map((document) -> document.getList("codes", String.class, List.of()).stream().sorted().toList())
			.defaultIfEmpty(List.of());
	}

	private Mono<Void> noteOwner(String id) {
		Document labels = CounterIds.labels(id);
		boolean group = CounterIds.isGroupDay(id);
		if (!group && !CounterIds.isAmbassadorDay(id)) {
			return Mono.empty();
		}
		return Mono.from(this.meta.updateOne(Filters.eq("_id", group ? "groups" : "ambassadors"),
				Updates.addToSet("codes", labels.getString(group ? "group" : "ambassador")),
				new UpdateOptions().upsert(true)))
			.then();
	}

	/**
	 * Stores what a ticket counts for as of its version and returns what it counted for
	 * before: empty when a later version is stored already (this change is outdated, the
	 * later one counts), an empty optional for the ticket's first change.
	 */
	Mono<Optional<TicketFacts>> swapTicket(String ticketId, long version, TicketFacts facts) {
		return Mono
			.from(this.tickets.findOneAndUpdate(
					Filters.and(Filters.eq("_id", ticketId), Filters.lt("version", version)),
					Updates.combine(Updates.set("version", version), Updates.set("facts", facts.toDocument())),
					new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.BEFORE)))
			.map((before) -> Optional.of(TicketFacts.fromDocument(before.get("facts", Document.class))))
			.defaultIfEmpty(Optional.empty())
			.onErrorResume(IndicatorStore::isDuplicate, (outdated) -> Mono.empty());
	}

	private static boolean isDuplicate(Throwable error) {
		// A write error, or a command error from findOneAndUpdate.
		return error instanceof MongoException mongo
				&& ErrorCategory.fromErrorCode(mongo.getCode()) == ErrorCategory.DUPLICATE_KEY;
	}

	/**
	 * Removes the resident keys of periods that closed before {@code from}: of each kind,
	 * those counted on a day before the first day still needed. The keys for ever stay.
	 */
	Mono<Long> removeKeysBefore(Map<Character, LocalDate> firstDayKept) {
		List<Bson> closed = new ArrayList<>();
		firstDayKept.forEach((kind, day) -> closed.add(Filters.and(Filters.gte("_id", String.valueOf(kind)),
				Filters.lt("_id", String.valueOf((char) (kind + 1))), Filters.lt("day", day.toString()))));
		return Mono.from(this.residentKeys.deleteMany(Filters.or(closed))).map(DeleteResult::getDeletedCount);
	}

	/** Drops every counter and key, before a rebuild. */
	Mono<Void> clear() {
		return Flux.just(this.counters, this.periods, this.residentKeys, this.tickets)
			.concatMap((collection) -> Mono.from(collection.deleteMany(new Document())))
			.then(Mono.from(this.meta.deleteMany(Filters.in("_id", "groups", "ambassadors"))))
			.then();
	}

	/** Writes rebuilt documents in batches. */
	Mono<Void> insertRebuilt(RebuildTotals.Rebuilt rebuilt) {
		return insertAll(this.counters, rebuilt.counters()).then(insertAll(this.periods, rebuilt.periods()))
			.then(insertAll(this.residentKeys, rebuilt.residentKeys()))
			.then(insertAll(this.tickets, rebuilt.tickets()))
			.then(Mono.from(this.meta
				.insertMany(List.of(new Document("_id", "groups").append("codes", List.copyOf(rebuilt.groups())),
						new Document("_id", "ambassadors").append("codes", List.copyOf(rebuilt.ambassadors()))))))
			.then();
	}

	private static Mono<Void> insertAll(MongoCollection<Document> collection, Collection<Document> documents) {
		return Flux.fromIterable(documents)
			.buffer(INSERT_BATCH)
			.concatMap((batch) -> Mono.from(collection.insertMany(batch)), 1)
			.then()
			.timeout(Duration.ofHours(1));
	}

}

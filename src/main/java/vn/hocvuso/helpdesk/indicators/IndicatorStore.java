package vn.hocvuso.helpdesk.indicators;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/**
 * The counter collections: {@code indicator_days} (one document per day and group),
 * {@code indicator_periods} (distinct residents per week, month or quarter and group),
 * {@code indicator_residents} (the keys that count a resident once per period) and the
 * list of groups seen in {@code indicator_meta}. Reads go by {@code _id} only.
 */
@Component
class IndicatorStore {

	private static final int INSERT_BATCH = 5_000;

	private final MongoCollection<Document> days;

	private final MongoCollection<Document> periods;

	private final MongoCollection<Document> residentKeys;

	private final MongoCollection<Document> meta;

	IndicatorStore(MongoDatabase database) {
		this.days = database.getCollection("indicator_days");
		this.periods = database.getCollection("indicator_periods");
		this.residentKeys = database.getCollection("indicator_residents");
		this.meta = database.getCollection("indicator_meta");
	}

	/**
	 * Adds the amounts to the day document, creating it (and noting its group) if new.
	 */
	Mono<Void> add(String dayId, String day, String group, Map<String, Long> increments) {
		if (increments.isEmpty()) {
			return Mono.empty();
		}
		List<Bson> updates = new ArrayList<>();
		increments.forEach((path, amount) -> updates.add(Updates.inc(path, amount)));
		updates.add(Updates.setOnInsert("day", day));
		updates.add(Updates.setOnInsert("group", group));
		return Mono
			.from(this.days.updateOne(Filters.eq("_id", dayId), Updates.combine(updates),
					new UpdateOptions().upsert(true)))
			.flatMap((result) -> (result.getUpsertedId() != null) ? noteGroup(group) : Mono.empty());
	}

	/**
	 * Stores the keys; returns those that were new (the first sighting in their period).
	 */
	Mono<Set<String>> firstSightings(List<String> keys) {
		List<Document> documents = keys.stream().map((key) -> new Document("_id", key)).toList();
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

	Mono<Void> addPeriodResidents(List<String> periodIds) {
		if (periodIds.isEmpty()) {
			return Mono.empty();
		}
		List<UpdateOneModel<Document>> updates = periodIds.stream()
			.map((id) -> new UpdateOneModel<Document>(Filters.eq("_id", id), Updates.inc(CaseTally.RESIDENTS, 1),
					new UpdateOptions().upsert(true)))
			.toList();
		return Mono.from(this.periods.bulkWrite(updates)).then();
	}

	Flux<Document> days(Collection<String> ids) {
		return Flux.from(this.days.find(Filters.in("_id", ids)));
	}

	Flux<Document> periods(Collection<String> ids) {
		return Flux.from(this.periods.find(Filters.in("_id", ids)));
	}

	/** The residential groups that have counters, in code order. */
	Mono<List<String>> groups() {
		return Mono.from(this.meta.find(Filters.eq("_id", "groups")).first())
			.map((document) -> document.getList("codes", String.class, List.of()).stream().sorted().toList())
			.defaultIfEmpty(List.of());
	}

	private Mono<Void> noteGroup(String group) {
		return Mono
			.from(this.meta.updateOne(Filters.eq("_id", "groups"), Updates.addToSet("codes", group),
					new UpdateOptions().upsert(true)))
			.then();
	}

	/** Drops every counter and key, before a rebuild. */
	Mono<Void> clear() {
		return Flux.just(this.days, this.periods, this.residentKeys)
			.concatMap((collection) -> Mono.from(collection.deleteMany(new Document())))
			.then(Mono.from(this.meta.deleteOne(Filters.eq("_id", "groups"))))
			.then();
	}

	/** Writes rebuilt documents in batches. */
	Mono<Void> insertRebuilt(Collection<Document> days, Collection<Document> periods, Collection<String> keys,
			Set<String> groups) {
		return insertAll(this.days, days).then(insertAll(this.periods, periods))
			.then(insertAll(this.residentKeys, keys.stream().map((key) -> new Document("_id", key)).toList()))
			.then(Mono.from(this.meta.insertOne(new Document("_id", "groups").append("codes", List.copyOf(groups)))))
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

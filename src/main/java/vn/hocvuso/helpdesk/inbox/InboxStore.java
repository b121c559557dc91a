package vn.hocvuso.helpdesk.inbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.WriteConcern;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.DeleteResult;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import vn.hocvuso.helpdesk.store.Expiry;

/**
 * Accepted webhook events in the {@code inbound_events} collection, keyed by channel and
 * the provider's event id so a redelivery finds the first. Written with a journaled
 * majority write concern on a real MongoDB. An event that failed every attempt stays as
 * {@code FAILED} (set aside) until staff retry it or dismiss it ({@code DISMISSED}).
 */
@Component
class InboxStore implements Expiry {

	static final String ACCEPTED = "ACCEPTED", PROCESSING = "PROCESSING", PROCESSED = "PROCESSED", FAILED = "FAILED",
			DISMISSED = "DISMISSED";

	private static final Logger log = LoggerFactory.getLogger(InboxStore.class);

	private final MongoCollection<Document> events;

	private final Duration keepEnded;

	InboxStore(MongoDatabase database, InboxProperties properties) {
		this.events = database.getCollection("inbound_events")
			.withWriteConcern(WriteConcern.MAJORITY.withJournal(true));
		this.keepEnded = properties.keepEnded();
	}

	@Override
	public String collection() {
		return "inbound_events";
	}

	/** Removes processed and dismissed events received longer than keep-ended ago. */
	@Override
	public Mono<Long> removeExpired(Instant now) {
		return Mono
			.from(this.events.deleteMany(Filters.and(Filters.in("status", PROCESSED, DISMISSED),
					Filters.lt("receivedAt", Date.from(now.minus(this.keepEnded))))))
			.map(DeleteResult::getDeletedCount);
	}

	Mono<Void> createIndexes() {
		return Mono.from(this.events.createIndex(Indexes.ascending("status", "receivedAt"))).then();
	}

	/**
	 * Stores the events in one request and returns the positions of those that had been
	 * accepted before (a provider's retry).
	 */
	Mono<Set<Integer>> addAll(List<InboxEvent> batch) {
		if (batch.isEmpty()) {
			return Mono.just(Set.of());
		}
		return Mono
			.from(this.events.insertMany(batch.stream().map(InboxStore::document).toList(),
					new InsertManyOptions().ordered(false)))
			.thenReturn(Set.<Integer>of())
			.onErrorResume(MongoBulkWriteException.class, InboxStore::duplicates);
	}

	private static Mono<Set<Integer>> duplicates(MongoBulkWriteException error) {
		Set<Integer> duplicates = new HashSet<>();
		for (BulkWriteError failure : error.getWriteErrors()) {
			if (ErrorCategory.fromErrorCode(failure.getCode()) != ErrorCategory.DUPLICATE_KEY) {
				return Mono.error(error);
			}
			duplicates.add(failure.getIndex());
		}
		return (error.getWriteConcernError() != null) ? Mono.error(error) : Mono.just(duplicates);
	}

	private static Document document(InboxEvent event) {
		return new Document("_id", event.id()).append("channel", event.channel().id())
			.append("payload", event.payload())
			.append("status", ACCEPTED)
			.append("attempts", 0)
			.append("receivedAt", Date.from(event.receivedAt()));
	}

	/**
	 * Takes the event for this instance, unless someone else is working on it or it is
	 * done.
	 */
	Mono<Document> claim(String id, Instant now, Duration lease) {
		Document byIdAndClaimable = new Document("_id", id).append("$or", claimableStates(now));
		return Mono.from(this.events.findOneAndUpdate(byIdAndClaimable,
				Updates.combine(Updates.set("status", PROCESSING),
						Updates.set("leaseUntil", Date.from(now.plus(lease))), Updates.inc("attempts", 1)),
				new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER)));
	}

	/** Ids of events accepted before the given time that nobody has finished. */
	Flux<String> unfinished(Instant acceptedBefore, Instant now) {
		return Flux
			.from(this.events.find(Filters.and(claimable(now), Filters.lt("receivedAt", Date.from(acceptedBefore))))
				.projection(new Document("_id", 1))
				.limit(500))
			.map((event) -> event.getString("_id"));
	}

	/**
	 * Records how an event ended. The provider's body, with whatever personal data the
	 * resident wrote, is kept only while the event may be tried again (set aside); after
	 * that only its SHA-256 stays, for audit. Recorded only by the run that still holds
	 * the event: no instance claimed it since this run began (its {@code attempts} are
	 * still those this run saw), so a run that outlived its lease cannot overwrite the
	 * outcome of the instance that took the event over.
	 * @param attempts the event's claims when this run began (0 on the live path)
	 * @return whether this run still held the event
	 */
	Mono<Boolean> finish(String id, int attempts, String status, String note, String payload) {
		List<Bson> updates = new ArrayList<>(List.of(Updates.set("status", status), Updates.set("note", note),
				Updates.set("payloadSha256", sha256(payload)), Updates.unset("leaseUntil")));
		if (!FAILED.equals(status)) {
			updates.add(Updates.unset("payload"));
		}
		return Mono
			.from(this.events.updateOne(Filters.and(Filters.eq("_id", id), Filters.eq("attempts", attempts)),
					Updates.combine(updates)))
			.map((result) -> result.getMatchedCount() > 0);
	}

	/**
	 * Removes the bodies of events that ended before bodies were removed at the end
	 * (stores written by earlier versions); never fails.
	 */
	Mono<Void> forgetEndedPayloads() {
		return Mono
			.from(this.events.updateMany(
					Filters.and(Filters.in("status", PROCESSED, DISMISSED), Filters.exists("payload")),
					Updates.unset("payload")))
			.filter((result) -> result.getModifiedCount() > 0)
			.doOnNext((result) -> log.info("Removed the bodies of {} inbound events that ended earlier",
					result.getModifiedCount()))
			.onErrorResume((error) -> {
				log.warn("Could not remove the bodies of inbound events that ended earlier", error);
				return Mono.empty();
			})
			.then();
	}

	static String sha256(String payload) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(payload.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java has SHA-256", ex);
		}
	}

	/** The events set aside, newest first, without their payloads. */
	Flux<Document> setAside(int limit) {
		return Flux.from(this.events.find(Filters.eq("status", FAILED))
			.projection(new Document("payload", 0))
			.sort(Sorts.descending("receivedAt"))
			.limit(limit));
	}

	/**
	 * Moves an event that is set aside to a new state; whether it was set aside.
	 */
	Mono<Boolean> leaveSetAside(String id, Bson update) {
		return Mono
			.from(this.events.updateOne(Filters.and(Filters.eq("_id", id), Filters.eq("status", FAILED)), update))
			.map((result) -> result.getMatchedCount() > 0);
	}

	Mono<String> status(String id) {
		return Mono.from(this.events.find(Filters.eq("_id", id)).first()).map((event) -> event.getString("status"));
	}

	private static Bson claimable(Instant now) {
		return Filters.or(claimableStates(now));
	}

	/** Accepted, or taken by an instance whose lease ran out. */
	private static List<Bson> claimableStates(Instant now) {
		return List.of(Filters.eq("status", ACCEPTED),
				Filters.and(Filters.eq("status", PROCESSING), Filters.lt("leaseUntil", Date.from(now))));
	}

}

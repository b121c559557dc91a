package vn.hocvuso.helpdesk.classes;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexModel;
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
import org.springframework.stereotype.Repository;

import vn.hocvuso.helpdesk.shared.ChannelType;

/**
 * Classes in {@code classes} (each keeps its free seats, so a sign-up takes one in a
 * single conditional update and a class is never overbooked) and the people on their
 * lists in {@code class_attendees} (one document per sign-up, keyed by class and
 * resident, so signing up twice keeps one; walk-ins with their name and phone sealed). A
 * cancelled class stays stored, marked, and is no longer listed.
 */
@Repository
class ClassStore implements InitializingBean {

	private final MongoCollection<Document> classes;

	private final MongoCollection<Document> attendees;

	ClassStore(MongoDatabase database) {
		this.classes = database.getCollection("classes");
		this.attendees = database.getCollection("class_attendees");
	}

	@Override
	public void afterPropertiesSet() {
		Flux.concat(this.classes.createIndexes(List.of(new IndexModel(Indexes.ascending("startsAt")))),
				this.attendees.createIndexes(List.of(new IndexModel(Indexes.ascending("classId")),
						new IndexModel(Indexes.ascending("residentId")))))
			.then()
			.block(Duration.ofSeconds(30));
	}

	Mono<WardClass> insert(WardClass wardClass) {
		return Mono.from(this.classes.insertOne(toDocument(wardClass))).thenReturn(wardClass);
	}

	Mono<WardClass> find(String id) {
		return Mono.from(this.classes.find(Filters.and(Filters.eq("_id", id), notCancelled())).first())
			.map(ClassStore::fromDocument);
	}

	/**
	 * The classes starting from {@code from} (inclusive) to {@code to} (exclusive), first
	 * first.
	 */
	Flux<WardClass> starting(Instant from, Instant to, int limit) {
		return Flux.from(this.classes.find(Filters.and(Filters.gte("startsAt", Date.from(from)),
				Filters.lt("startsAt", Date.from(to)), notCancelled()))
			.sort(Sorts.ascending("startsAt"))
			.limit(limit)).map(ClassStore::fromDocument);
	}

	/** Replaces a class with its edited version; the seats left follow its sign-ups. */
	Mono<WardClass> replace(WardClass wardClass, ClassRequest request) {
		return signedUp(wardClass.id()).map((count) -> wardClass.edited(request, count.intValue()))
			.flatMap((edited) -> Mono
				.from(this.classes.replaceOne(Filters.and(Filters.eq("_id", edited.id()), notCancelled()),
						toDocument(edited)))
				.thenReturn(edited));
	}

	Mono<Boolean> cancel(String id, String by, Instant at) {
		return Mono
			.from(this.classes
				.updateOne(Filters.and(Filters.eq("_id", id), notCancelled()),
						Updates.combine(Updates.set("cancelled", true), Updates.set("cancelledBy", by),
								Updates.set("cancelledAt", Date.from(at)))))
			.map((result) -> result.getModifiedCount() > 0);
	}

	/**
	 * Takes a seat and puts the resident on the list: {@code FULL} when no seat is left,
	 * {@code ALREADY} when they were on it (the seat is given back).
	 */
	Mono<SignUpResult> signUp(Attendee signUp) {
		return Mono
			.from(this.classes.findOneAndUpdate(
					Filters.and(Filters.eq("_id", signUp.classId()), Filters.gt("seatsLeft", 0), notCancelled()),
					Updates.inc("seatsLeft", -1), new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER)))
			.flatMap((taken) -> Mono.from(this.attendees.insertOne(toDocument(signUp)))
				.thenReturn(SignUpResult.SIGNED_UP)
				.onErrorResume(ClassStore::isDuplicate,
						(already) -> giveBackSeat(signUp.classId()).thenReturn(SignUpResult.ALREADY)))
			.switchIfEmpty(Mono
				.defer(() -> onList(signUp.id()).map((listed) -> listed ? SignUpResult.ALREADY : SignUpResult.FULL)));
	}

	/** Takes the resident off the class's list; whether they were on it. */
	Mono<Boolean> cancelSignUp(String classId, String residentId) {
		return Mono.from(this.attendees.deleteOne(Filters.eq("_id", classId + "|" + residentId)))
			.flatMap((result) -> (result.getDeletedCount() > 0) ? giveBackSeat(classId).thenReturn(true)
					: Mono.just(false));
	}

	/** The ids of the classes the resident signed up for. */
	Flux<String> signedUpFor(String residentId) {
		return Flux
			.from(this.attendees.find(Filters.eq("residentId", residentId)).projection(new Document("classId", 1)))
			.map((document) -> document.getString("classId"));
	}

	Flux<Attendee> attendees(String classId) {
		return Flux.from(this.attendees.find(Filters.eq("classId", classId)).sort(Sorts.ascending("at")))
			.map(ClassStore::attendeeFrom);
	}

	Mono<Boolean> mark(String classId, String attendeeId, boolean present) {
		return Mono
			.from(this.attendees.updateOne(Filters.and(Filters.eq("_id", attendeeId), Filters.eq("classId", classId)),
					Updates.set("present", present)))
			.map((result) -> result.getMatchedCount() > 0);
	}

	/** Records what became of a sign-up's reminder. */
	Mono<Void> reminded(String attendeeId, String reminder) {
		return Mono.from(this.attendees.updateOne(Filters.eq("_id", attendeeId), Updates.set("reminder", reminder)))
			.then();
	}

	Mono<Attendee> addWalkIn(Attendee walkIn) {
		return Mono.from(this.attendees.insertOne(toDocument(walkIn))).thenReturn(walkIn);
	}

	private Mono<Long> signedUp(String classId) {
		return Mono.from(this.attendees
			.countDocuments(Filters.and(Filters.eq("classId", classId), Filters.ne("residentId", null))));
	}

	private Mono<Boolean> onList(String attendeeId) {
		return Mono.from(this.attendees.countDocuments(Filters.eq("_id", attendeeId))).map((count) -> count > 0);
	}

	private Mono<Void> giveBackSeat(String classId) {
		return Mono.from(this.classes.updateOne(Filters.eq("_id", classId), Updates.inc("seatsLeft", 1))).then();
	}

	private static Bson notCancelled() {
		return Filters.ne("cancelled", true);
	}

	private static boolean isDuplicate(Throwable error) {
		return error instanceof MongoWriteException write
				&& write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
	}

	private static Document toDocument(WardClass c) {
		return new Document("_id", c.id()).append("title", c.title())
			.append("topics", c.topics())
			.append("groupCodes", c.groupCodes())
			.append("place", c.place())
			.append("startsAt", Date.from(c.startsAt()))
			.append("endsAt", Date.from(c.endsAt()))
			.append("capacity", c.capacity())
			.append("seatsLeft", c.seatsLeft())
			.append("teacher", c.teacher())
			.append("createdBy", c.createdBy());
	}

	private static WardClass fromDocument(Document d) {
		return new WardClass(d.getString("_id"), d.getString("title"), d.getList("topics", String.class, List.of()),
				d.getList("groupCodes", String.class, List.of()), d.getString("place"),
				d.getDate("startsAt").toInstant(), d.getDate("endsAt").toInstant(), d.getInteger("capacity", 0),
				d.getInteger("seatsLeft", 0), d.getString("teacher"), d.getString("createdBy"));
	}

	private static Document toDocument(Attendee a) {
		return new Document("_id", a.id()).append("classId", a.classId())
			.append("residentId", a.residentId())
			.append("channel", (a.channel() != null) ? a.channel().id() : null)
			.append("channelUserId", a.channelUserId())
			.append("groupCode", a.groupCode())
			.append("name", a.name())
			.append("phone", a.phone())
			.append("present", a.present())
			.append("at", Date.from(a.at()));
	}

	private static Attendee attendeeFrom(Document d) {
		@Nullable String channel = d.getString("channel");
		return new Attendee(d.getString("_id"), d.getString("classId"), d.getString("residentId"),
				(channel != null) ? ChannelType.fromId(channel) : null, d.getString("channelUserId"),
				d.getString("groupCode"), d.getString("name"), d.getString("phone"), d.getBoolean("present", false),
				d.getDate("at").toInstant(), d.getString("reminder"));
	}

}

package vn.hocvuso.helpdesk.delivery;

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
import com.mongodb.client.result.DeleteResult;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.bson.conversions.Bson;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import vn.hocvuso.helpdesk.shared.ChannelType;
import vn.hocvuso.helpdesk.shared.PersonalDataCipher;
import vn.hocvuso.helpdesk.store.Expiry;

/**
 * The durable outbox in the {@code outbox} collection: pending → sending (claimed with a
 * lease by one atomic {@code findOneAndUpdate}, so two app instances never send the same
 * reply) → sent or undeliverable, with the attempt count and last error, and each part
 * the provider accepted with its message id.
 */
@Component
class OutboxStore implements Expiry {

	/** The words of a reply that can no longer be read. */
	static final String UNREADABLE = "[tin trả lời không mở được]";

	private final MongoCollection<Document> entries;

	private final Duration keepDone;

	private final PersonalDataCipher cipher;

	OutboxStore(MongoDatabase database, DeliveryProperties properties, PersonalDataCipher cipher) {
		this.entries = database.getCollection("outbox");
		this.keepDone = properties.keepDone();
		this.cipher = cipher;
	}

	@Override
	public String collection() {
		return "outbox";
	}

	/**
	 * Removes sent replies written longer than keep-done ago. Replies that were not
	 * delivered stay: their tickets show the problem for as long as they exist.
	 */
	@Override
	public Mono<Long> removeExpired(Instant now) {
		return Mono.from(this.entries.deleteMany(Filters.and(Filters.eq("status", OutboxEntry.Status.SENT.name()),
				Filters.lt("createdAt", Date.from(now.minus(this.keepDone))))))
			.map(DeleteResult::getDeletedCount);
	}

	Mono<Void> createIndexes() {
		return Flux
			.from(this.entries.createIndexes(List.of(new IndexModel(Indexes.ascending("status", "nextAttemptAt")),
					new IndexModel(Indexes.ascending("caseId")))))
			.then();
	}

	/**
	 * Stores a new reply already claimed by this instance, so it can be sent at once
	 * without another round trip; if this instance stops, the lease runs out and another
	 * sends it.
	 */
	Mono<OutboxEntry> addClaimed(Reply reply, Instant now, Duration lease) {
		Document entry = new Document("_id", reply.id()).append("channel", reply.channel().id())
			.append("channelUserId", reply.channelUserId())
			.append("caseId", reply.caseId())
			.append("inReplyTo", reply.inReplyTo())
			.append("heardAt", (reply.heardAt() != null) ? Date.from(reply.heardAt()) : null)
			.append("text", this.cipher.seal(reply.text()))
			.append("quickReplies",
					reply.quickReplies()
						.stream()
						.map((button) -> new Document("label", button.label()).append("payload", button.payload()))
						.toList())
			.append("status", OutboxEntry.Status.SENDING.name())
			.append("attempts", 1)
			.append("createdAt", Date.from(now))
			.append("nextAttemptAt", Date.from(now))
			.append("leaseUntil", Date.from(now.plus(lease)));
		return Mono.from(this.entries.insertOne(entry))
			.thenReturn(new OutboxEntry(reply, OutboxEntry.Status.SENDING, 1, now, 0))
			.onErrorResume(OutboxStore::isDuplicate, (alreadyThere) -> Mono.empty());
	}

	/** Claims one reply that is due, or whose sender's lease ran out, for this sender. */
	Mono<OutboxEntry> claimNext(Instant now, Duration lease) {
		return claim(due(now), now, lease);
	}

	private Mono<OutboxEntry> claim(Bson filter, Instant now, Duration lease) {
		Bson claim = Updates.combine(Updates.set("status", OutboxEntry.Status.SENDING.name()),
				Updates.set("leaseUntil", Date.from(now.plus(lease))), Updates.inc("attempts", 1));
		return Mono.from(this.entries.findOneAndUpdate(filter, claim,
				new FindOneAndUpdateOptions().sort(Sorts.ascending("nextAttemptAt"))
					.returnDocument(ReturnDocument.AFTER)))
			.map(this::fromDocument);
	}

	private static Bson due(Instant now) {
		return Filters.or(
				Filters.and(Filters.eq("status", OutboxEntry.Status.PENDING.name()),
						Filters.lte("nextAttemptAt", Date.from(now))),
				Filters.and(Filters.eq("status", OutboxEntry.Status.SENDING.name()),
						Filters.lt("leaseUntil", Date.from(now))));
	}

	/** Replies of a channel waiting for a later attempt become due now. */
	Mono<Long> dueNow(ChannelType channel, Instant now) {
		return Mono
			.from(this.entries.updateMany(Filters.and(Filters.eq("channel", channel.id()),
					Filters.eq("status", OutboxEntry.Status.PENDING.name()),
					Filters.gt("nextAttemptAt", Date.from(now))), Updates.set("nextAttemptAt", Date.from(now))))
			.map((result) -> result.getModifiedCount());
	}

	/**
	 * Marks the reply sent and forgets its words: the resident has them now.
	 * @return whether this claim still held the reply (see {@link #held})
	 */
	Mono<Boolean> markSent(OutboxEntry entry, Instant now) {
		return finish(entry, Updates.combine(Updates.set("status", OutboxEntry.Status.SENT.name()),
				Updates.set("sentAt", Date.from(now)), Updates.unset("leaseUntil"), Updates.unset("text")));
	}

	/**
	 * Records that the provider accepted this part (numbered from 0), with its message
	 * id: the parts before it were accepted earlier.
	 * @return whether this claim still held the reply
	 */
	Mono<Boolean> partSent(OutboxEntry entry, int part, String providerMessageId, Instant now) {
		return finish(entry, Updates.combine(Updates.set("partsSent", part + 1), Updates.push("parts",
				new Document("part", part).append("messageId", providerMessageId).append("sentAt", Date.from(now)))));
	}

	/**
	 * @return whether this claim still held the reply
	 */
	Mono<Boolean> retryAt(OutboxEntry entry, Instant when, String error) {
		return finish(entry,
				Updates.combine(Updates.set("status", OutboxEntry.Status.PENDING.name()),
						Updates.set("nextAttemptAt", Date.from(when)), Updates.set("lastError", error),
						Updates.unset("leaseUntil")));
	}

	/**
	 * @return whether this claim still held the reply
	 */
	Mono<Boolean> markFinal(OutboxEntry entry, OutboxEntry.Status status, String error) {
		return finish(entry, Updates.combine(Updates.set("status", status.name()), Updates.set("lastError", error),
				Updates.unset("leaseUntil")));
	}

	/** How many replies are in this state (a scan on the embedded store: call rarely). */
	Mono<Long> count(OutboxEntry.Status status) {
		return Mono.from(this.entries.countDocuments(Filters.eq("status", status.name())));
	}

	/** When the oldest reply still waiting (pending or being sent) was written. */
	Mono<Instant> oldestWaiting() {
		return oldestWaiting(waiting());
	}

	/** The same for one channel. */
	Mono<Instant> oldestWaiting(ChannelType channel) {
		return oldestWaiting(Filters.and(Filters.eq("channel", channel.id()), waiting()));
	}

	/** How many replies of one channel are in these states. */
	Mono<Long> count(ChannelType channel, List<OutboxEntry.Status> statuses) {
		return Mono.from(this.entries.countDocuments(Filters.and(Filters.eq("channel", channel.id()),
				Filters.in("status", statuses.stream().map(Enum::name).toList()))));
	}

	private Mono<Instant> oldestWaiting(Bson filter) {
		return Mono.from(this.entries.find(filter).sort(Sorts.ascending("createdAt")).first())
			.map((entry) -> entry.getDate("createdAt").toInstant());
	}

	private static Bson waiting() {
		return Filters.in("status", OutboxEntry.Status.PENDING.name(), OutboxEntry.Status.SENDING.name());
	}

	Mono<Document> find(String id) {
		return Mono.from(this.entries.find(Filters.eq("_id", id)).first());
	}

	/**
	 * Records what this claim of a reply did, only while the claim holds: the reply is
	 * still being sent under the attempt this claim counted. Once its lease ran out and
	 * another instance claimed the reply, a late write from this one changes nothing.
	 */
	private Mono<Boolean> finish(OutboxEntry entry, Bson update) {
		return Mono.from(this.entries.updateOne(held(entry), update)).map((result) -> result.getMatchedCount() > 0);
	}

	private static Bson held(OutboxEntry entry) {
		return Filters.and(Filters.eq("_id", entry.reply().id()),
				Filters.eq("status", OutboxEntry.Status.SENDING.name()), Filters.eq("attempts", entry.attempts()));
	}

	private static boolean isDuplicate(Throwable error) {
		return error instanceof MongoWriteException write
				&& write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
	}

	/**
	 * The reply's words; {@link #UNREADABLE} when they were sealed with another key (the
	 * key file was lost), so the reply is set aside and a person told.
	 */
	private String open(@Nullable String sealed) {
		try {
			return (sealed != null) ? this.cipher.open(sealed) : UNREADABLE;
		}
		catch (IllegalArgumentException ex) {
			return UNREADABLE;
		}
	}

	private OutboxEntry fromDocument(Document document) {
		List<Reply.QuickReply> buttons = document.getList("quickReplies", Document.class, List.of())
			.stream()
			.map((button) -> new Reply.QuickReply(button.getString("label"), button.getString("payload")))
			.toList();
		Reply reply = new Reply(document.getString("_id"), ChannelType.fromId(document.getString("channel")),
				document.getString("channelUserId"), document.getString("caseId"), open(document.getString("text")),
				buttons, document.getString("inReplyTo"),
				(document.getDate("heardAt") != null) ? document.getDate("heardAt").toInstant() : null);
		return new OutboxEntry(reply, OutboxEntry.Status.valueOf(document.getString("status")),
				document.getInteger("attempts", 0), document.getDate("createdAt").toInstant(),
				document.getInteger("partsSent", 0));
	}

}

package vn.hocvuso.helpdesk.channel.webchat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.result.DeleteResult;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.Document;
import org.bson.conversions.Bson;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

import vn.hocvuso.helpdesk.delivery.DeliveryProperties;
import vn.hocvuso.helpdesk.delivery.Reply;
import vn.hocvuso.helpdesk.shared.PersonalDataCipher;
import vn.hocvuso.helpdesk.store.Expiry;
import vn.hocvuso.helpdesk.store.IndexBuilds;

/**
 * Web chat sessions' mailboxes in the {@code webchat_replies} collection: every reply to
 * a session, which the page reads from the last one it has shown. Their words are stored
 * sealed: an ambassador may have written a number.
 */
@Component
class MailboxStore implements InitializingBean, Expiry {

	/**
	 * How long before a reply reached the mailbox one minted earlier may still arrive
	 * after it: the outbox's retries after a store error, and two instances' clocks.
	 */
	private static final Duration LATE_ARRIVALS = Duration.ofHours(1);

	private final MongoCollection<Document> replies;

	private final PersonalDataCipher cipher;

	private final Duration keep;

	MailboxStore(MongoDatabase database, PersonalDataCipher cipher, DeliveryProperties delivery) {
		this.replies = database.getCollection("webchat_replies");
		this.cipher = cipher;
		this.keep = delivery.keepDone();
	}

	@Override
	public String collection() {
		return "webchat_replies";
	}

	/** Removes replies older than the outbox keeps sent ones (30 days by default). */
	@Override
	public Mono<Long> removeExpired(Instant now) {
		return Mono.from(this.replies.deleteMany(Filters.lt("sentAt", Date.from(now.minus(this.keep)))))
			.map(DeleteResult::getDeletedCount);
	}

	@Override
	public void afterPropertiesSet() {
		IndexBuilds.declare("the web chat replies",
				Mono.from(this.replies.createIndex(Indexes.ascending("sessionId", "_id"))).then());
	}

	/**
	 * Puts the reply in its session's mailbox; a redelivery after a lost acknowledgement
	 * finds it already there.
	 */
	Mono<Void> put(Reply reply, Instant now) {
		Document document = new Document("_id", reply.id()).append("sessionId", reply.channelUserId())
			.append("caseId", reply.caseId())
			.append("text", this.cipher.seal(reply.text()))
			.append("quickReplies", reply.quickReplies().stream().map(Reply.QuickReply::label).toList())
			.append("sentAt", Date.from(now));
		return Mono.from(this.replies.insertOne(document))
			.then()
			.onErrorResume(MailboxStore::isDuplicate, (alreadyThere) -> Mono.empty());
	}

	/**
	 * Replies to a session the page may not have shown yet, in id order: those with a
	 * later id than the newest it has shown, and those minted up to
	 * {@link #LATE_ARRIVALS} before that one reached the mailbox. A reply's id is minted
	 * when it is written, but it reaches the mailbox when it is sent, which may be after
	 * a later reply (a retry, another instance): the page shows each reply once whatever
	 * the overlap. Both are one {@code _id} range, which the embedded store reads in its
	 * file's key order.
	 */
	Flux<WebChatReply> repliesAfter(String sessionId, String afterId, int limit) {
		Bson session = Filters.eq("sessionId", sessionId);
		return Mono.from(this.replies.find(Filters.and(session, Filters.eq("_id", afterId))).first())
			.map((shown) -> firstIdAt(shown.getDate("sentAt").toInstant().minus(LATE_ARRIVALS)))
			.filter((earlier) -> earlier.compareTo(afterId) < 0)
			.map((earlier) -> Filters.gte("_id", earlier))
			.defaultIfEmpty(Filters.gt("_id", afterId))
			.flatMapMany((unseen) -> this.replies.find(Filters.and(session, unseen))
				.sort(Sorts.ascending("_id"))
				.limit(limit))
			.map((document) -> new WebChatReply(document.getString("_id"), document.getString("caseId"),
					open(document.getString("text")), document.getList("quickReplies", String.class)));
	}

	/** The smallest id minted at that time. */
	private static String firstIdAt(Instant time) {
		return String.format("%08x", time.getEpochSecond()) + "0".repeat(16);
	}

	/**
	 * A reply sealed with a key since lost is shown as such rather than breaking the
	 * page.
	 */
	private String open(String sealed) {
		try {
			return this.cipher.open(sealed);
		}
		catch (IllegalArgumentException ex) {
			return "[tin trả lời không mở được]";
		}
	}

	private static boolean isDuplicate(Throwable error) {
		return error instanceof MongoWriteException write
				&& write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
	}

}

package vn.hocvuso.helpdesk.channel.webchat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

import vn.hocvuso.helpdesk.delivery.Reply;

/**
 * Web chat sessions' mailboxes in the {@code webchat_replies} collection: every reply to
 * a session, which the page reads from the last one it has shown.
 */
@Component
class MailboxStore implements InitializingBean {

	private final MongoCollection<Document> replies;

	MailboxStore(MongoDatabase database) {
		this.replies = database.getCollection("webchat_replies");
	}

	@Override
	public void afterPropertiesSet() {
		Mono.from(this.replies.createIndex(Indexes.ascending("sessionId", "_id"))).block(Duration.ofSeconds(30));
	}

	/**
	 * Puts the reply in its session's mailbox; a redelivery after a lost acknowledgement
	 * finds it already there.
	 */
	Mono<Void> put(Reply reply, Instant now) {
		Document document = new Document("_id", reply.id()).append("sessionId", reply.channelUserId())
			.append("caseId", reply.caseId())
			.append("text", reply.text())
			.append("quickReplies", reply.quickReplies().stream().map(Reply.QuickReply::label).toList())
			.append("sentAt", Date.from(now));
		return Mono.from(this.replies.insertOne(document))
			.then()
			.onErrorResume(MailboxStore::isDuplicate, (alreadyThere) -> Mono.empty());
	}

	/**
	 * Replies to a session after the given reply id (ids grow with time), oldest first.
	 */
	Flux<WebChatReply> repliesAfter(String sessionId, String afterId, int limit) {
		return Flux
			.from(this.replies.find(Filters.and(Filters.eq("sessionId", sessionId), Filters.gt("_id", afterId)))
				.sort(Sorts.ascending("_id"))
				.limit(limit))
			.map((document) -> new WebChatReply(document.getString("_id"), document.getString("caseId"),
					document.getString("text"), document.getList("quickReplies", String.class)));
	}

	private static boolean isDuplicate(Throwable error) {
		return error instanceof MongoWriteException write
				&& write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
	}

}

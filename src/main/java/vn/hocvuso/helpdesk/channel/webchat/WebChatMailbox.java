package vn.hocvuso.helpdesk.channel.webchat;

import java.time.Clock;
import java.time.Duration;
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

import vn.hocvuso.helpdesk.delivery.DeliveryResult;
import vn.hocvuso.helpdesk.delivery.Reply;
import vn.hocvuso.helpdesk.delivery.ReplySender;
import vn.hocvuso.helpdesk.shared.ChannelType;

/**
 * Delivers web chat replies by putting them in the session's mailbox, from which the page
 * reads what it has not shown yet (for example a reply written later by a person).
 */
@Component
class WebChatMailbox implements ReplySender, InitializingBean {

	private final MongoCollection<Document> replies;

	private final Clock clock;

	WebChatMailbox(MongoDatabase database, Clock clock) {
		this.replies = database.getCollection("webchat_replies");
		this.clock = clock;
	}

	@Override
	public void afterPropertiesSet() {
		Mono.from(this.replies.createIndex(Indexes.ascending("sessionId", "_id"))).block(Duration.ofSeconds(30));
	}

	@Override
	public ChannelType channel() {
		return ChannelType.WEBCHAT;
	}

	@Override
	public Mono<DeliveryResult> send(Reply reply) {
		Document document = new Document("_id", reply.id()).append("sessionId", reply.channelUserId())
			.append("caseId", reply.caseId())
			.append("text", reply.text())
			.append("quickReplies", reply.quickReplies().stream().map(Reply.QuickReply::label).toList())
			.append("sentAt", Date.from(this.clock.instant()));
		return Mono.from(this.replies.insertOne(document))
			.thenReturn(DeliveryResult.delivered())
			.onErrorResume(WebChatMailbox::isDuplicate, (alreadyThere) -> Mono.just(DeliveryResult.delivered()));
	}

	/**
	 * A redelivery after a lost acknowledgement finds the reply already in the mailbox.
	 */
	private static boolean isDuplicate(Throwable error) {
		return error instanceof MongoWriteException write
				&& write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
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

}

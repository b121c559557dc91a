package vn.hocvuso.helpdesk.channel.zalo;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.mongodb.client.model.Filters;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.awaitility.Awaitility;
import org.bson.Document;
import reactor.core.publisher.Mono;

import vn.hocvuso.helpdesk.delivery.OutboxEntry;
import vn.hocvuso.helpdesk.delivery.Reply;
import vn.hocvuso.helpdesk.delivery.ReplyDelivery;
import vn.hocvuso.helpdesk.shared.ChannelType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Zalo replies put straight into the app's outbox, each to a new resident, and what the
 * outbox holds for them.
 */
record ZaloOutbox(ReplyDelivery delivery, MongoDatabase database) {

	/** Enqueues a reply to a new resident and returns that resident's Zalo id. */
	String enqueue(String text) {
		return enqueue(newResident(), text);
	}

	String enqueue(String user, String text) {
		this.delivery.enqueue(reply(user, text)).block(Duration.ofSeconds(5));
		return user;
	}

	static String newResident() {
		return "user-" + UUID.randomUUID();
	}

	static Reply reply(String user, String text) {
		return new Reply(replyId(user), ChannelType.ZALO, user, null, text, List.of());
	}

	static String replyId(String user) {
		return "reply-" + user;
	}

	void awaitStatus(String user, OutboxEntry.Status status) {
		Awaitility.await()
			.atMost(Duration.ofSeconds(15))
			.untilAsserted(() -> assertThat(this.delivery.status(replyId(user)).block()).isEqualTo(status));
	}

	/** The stored outbox entry of the reply to this resident, or an empty one. */
	Document entry(String user) {
		Document entry = Mono.from(this.database.getCollection("outbox").find(Filters.eq("_id", replyId(user))).first())
			.block(Duration.ofSeconds(5));
		return (entry != null) ? entry : new Document();
	}

}

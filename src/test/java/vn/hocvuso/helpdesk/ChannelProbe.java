package vn.hocvuso.helpdesk;

import java.time.Duration;

import com.mongodb.client.model.Filters;
import com.mongodb.reactivestreams.client.MongoDatabase;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.bson.conversions.Bson;
import reactor.core.publisher.Mono;

/**
 * What channel tests look at after a webhook: the stored cases and the channel's
 * counters.
 */
public record ChannelProbe(MongoDatabase database, MeterRegistry meters, String channel) {

	/** The case of a message, once the background processing has stored it. */
	public Document awaitCase(String messageId) {
		return Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> Mono
				.from(this.database.getCollection("cases").find(Filters.eq("messageId", messageId)).first())
				.block(Duration.ofSeconds(5)), (found) -> found != null);
	}

	public long countCases(Bson filter) {
		return Mono.from(this.database.getCollection("cases").countDocuments(filter)).block(Duration.ofSeconds(5));
	}

	public double rejected(String reason) {
		return count("helpdesk.webhooks.rejected", "reason", reason);
	}

	public double ignored(String event) {
		return count("helpdesk.webhooks.ignored", "event", event);
	}

	private double count(String meter, String tag, String value) {
		Counter counter = this.meters.find(meter).tags("channel", this.channel, tag, value).counter();
		return (counter != null) ? counter.count() : 0;
	}

}

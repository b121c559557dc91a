package vn.hocvuso.helpdesk.cases;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.Document;
import reactor.core.publisher.Flux;

import org.springframework.stereotype.Repository;

/**
 * Counts over support cases by topic, for the staff's library list. One aggregation over
 * the period's cases (bounded by the {@code receivedAt} index on a real MongoDB).
 */
@Repository
public class CaseStatistics {

	private final MongoCollection<Document> cases;

	CaseStatistics(MongoDatabase database) {
		this.cases = database.getCollection("cases");
	}

	public Flux<TopicActivity> byTopicSince(Instant since) {
		return Flux
			.from(this.cases.aggregate(List.of(Aggregates.match(Filters.gte("receivedAt", Date.from(since))),
					Aggregates.group("$topic", Accumulators.sum("asked", 1),
							Accumulators.sum("answered", countWhere("decision", "answer")),
							Accumulators.sum("helpful", countWhere("feedback", "helpful")),
							Accumulators.sum("notHelpful", countWhere("feedback", "not_helpful"))))))
			.filter((group) -> group.getString("_id") != null)
			.map((group) -> new TopicActivity(group.getString("_id"), number(group, "asked"), number(group, "answered"),
					number(group, "helpful"), number(group, "notHelpful")));
	}

	private static Document countWhere(String field, String value) {
		return new Document("$cond", List.of(new Document("$eq", List.of("$" + field, value)), 1, 0));
	}

	private static long number(Document group, String field) {
		Object value = group.get(field);
		return (value instanceof Number number) ? number.longValue() : 0;
	}

}

package vn.hocvuso.helpdesk.campaigns;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Repository;

/**
 * Campaign messages in {@code campaigns}, and to whom each went in
 * {@code campaign_recipients} (one document per resident, keyed by campaign and resident,
 * with the id of the reply that carries it).
 */
@Repository
class CampaignStore {

	private final MongoCollection<Document> campaigns;

	private final MongoCollection<Document> recipients;

	CampaignStore(MongoDatabase database) {
		this.campaigns = database.getCollection("campaigns");
		this.recipients = database.getCollection("campaign_recipients");
	}

	Mono<Campaign> insert(Campaign campaign) {
		return Mono.from(this.campaigns.insertOne(new Document("_id", campaign.id()).append("theme", campaign.theme())
			.append("text", campaign.text())
			.append("groupCodes", campaign.groupCodes())
			.append("createdBy", campaign.createdBy())
			.append("createdAt", Date.from(campaign.createdAt())))).thenReturn(campaign);
	}

	Mono<Campaign> find(String id) {
		return Mono.from(this.campaigns.find(Filters.eq("_id", id)).first()).map(CampaignStore::fromDocument);
	}

	Flux<Campaign> newest(int limit) {
		return Flux.from(this.campaigns.find().sort(Sorts.descending("createdAt")).limit(limit))
			.map(CampaignStore::fromDocument);
	}

	/** Marks the campaign as being sent; empty when it was sent already. */
	Mono<Campaign> startSending(String id, String by, Instant at) {
		return Mono
			.from(this.campaigns.findOneAndUpdate(Filters.and(Filters.eq("_id", id), Filters.eq("sentAt", null)),
					Updates.combine(Updates.set("sentAt", Date.from(at)), Updates.set("sentBy", by)),
					new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER)))
			.map(CampaignStore::fromDocument);
	}

	Mono<Void> recordRecipient(String campaignId, String residentId, String channel, String replyId) {
		return Mono.from(this.recipients
			.insertOne(new Document("_id", campaignId + "|" + residentId).append("campaignId", campaignId)
				.append("channel", channel)
				.append("replyId", replyId)))
			.then();
	}

	Mono<Campaign> counted(String id, long queued, long notReachable) {
		return Mono
			.from(this.campaigns.findOneAndUpdate(Filters.eq("_id", id),
					Updates.combine(Updates.set("queued", queued), Updates.set("notReachable", notReachable)),
					new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER)))
			.map(CampaignStore::fromDocument);
	}

	/** The ids of the replies that carry the campaign. */
	Flux<String> replyIds(String campaignId) {
		return Flux.from(this.recipients.find(Filters.eq("campaignId", campaignId))).map((d) -> d.getString("replyId"));
	}

	private static Campaign fromDocument(Document d) {
		Date sentAt = d.getDate("sentAt");
		return new Campaign(d.getString("_id"), d.getString("theme"), d.getString("text"),
				d.getList("groupCodes", String.class, List.of()), d.getString("createdBy"),
				d.getDate("createdAt").toInstant(), (sentAt != null) ? sentAt.toInstant() : null, d.getString("sentBy"),
				number(d, "queued"), number(d, "notReachable"));
	}

	private static long number(Document d, String field) {
		Object value = d.get(field);
		return (value instanceof Number n) ? n.longValue() : 0;
	}

}

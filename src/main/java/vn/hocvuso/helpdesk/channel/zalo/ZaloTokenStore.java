package vn.hocvuso.helpdesk.channel.zalo;

import java.time.Instant;
import java.util.Date;

import com.mongodb.WriteConcern;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.Document;
import reactor.core.publisher.Mono;

import vn.hocvuso.helpdesk.store.StoreDurability;

/**
 * The OA's token pair in the {@code channel_tokens} collection, one document. Zalo's
 * refresh token works once, so a new pair is on disk before it is used: a journaled
 * majority write on MongoDB, a commit on the embedded store. Otherwise a crash just after
 * a refresh would leave the spent refresh token in the store, and Zalo would refuse it.
 */
class ZaloTokenStore {

	private static final String ID = "zalo";

	private final MongoCollection<Document> tokens;

	private final StoreDurability durability;

	ZaloTokenStore(MongoDatabase database, StoreDurability durability) {
		this.tokens = database.getCollection("channel_tokens")
			.withWriteConcern(WriteConcern.MAJORITY.withJournal(true));
		this.durability = durability;
	}

	/** The stored pair; the given one is stored first when there is none. */
	Mono<ZaloTokens.Tokens> findOrInsert(ZaloTokens.Tokens first) {
		return Mono
			.from(this.tokens.findOneAndUpdate(Filters.eq("_id", ID),
					Updates.combine(Updates.setOnInsert("accessToken", first.accessToken()),
							Updates.setOnInsert("refreshToken", first.refreshToken())),
					new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER)))
			.map((document) -> new ZaloTokens.Tokens(document.getString("accessToken"),
					document.getString("refreshToken")));
	}

	/**
	 * Stores the new pair durably, only if the store still holds the refresh token that
	 * was spent; false when another instance stored its pair first.
	 */
	Mono<Boolean> replace(ZaloTokens.Tokens spent, ZaloTokens.Tokens fresh, Instant now) {
		return Mono.from(this.tokens.updateOne(
				Filters.and(Filters.eq("_id", ID), Filters.eq("refreshToken", spent.refreshToken())),
				Updates.combine(Updates.set("accessToken", fresh.accessToken()),
						Updates.set("refreshToken", fresh.refreshToken()), Updates.set("refreshedAt", Date.from(now)))))
			.flatMap((result) -> this.durability.flush().thenReturn(result.getModifiedCount() == 1));
	}

}

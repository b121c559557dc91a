package vn.hocvuso.helpdesk.channel.zalo;

import java.time.Instant;
import java.util.Date;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.Document;
import reactor.core.publisher.Mono;

/** The OA's token pair in the {@code channel_tokens} collection, one document. */
class ZaloTokenStore {

	private static final String ID = "zalo";

	private final MongoCollection<Document> tokens;

	ZaloTokenStore(MongoDatabase database) {
		this.tokens = database.getCollection("channel_tokens");
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
	 * Stores the new pair only if the store still holds the refresh token that was spent;
	 * false when another instance stored its pair first.
	 */
	Mono<Boolean> replace(ZaloTokens.Tokens spent, ZaloTokens.Tokens fresh, Instant now) {
		return Mono.from(this.tokens.updateOne(
				Filters.and(Filters.eq("_id", ID), Filters.eq("refreshToken", spent.refreshToken())),
				Updates.combine(Updates.set("accessToken", fresh.accessToken()),
						Updates.set("refreshToken", fresh.refreshToken()), Updates.set("refreshedAt", Date.from(now)))))
			.map((result) -> result.getModifiedCount() == 1);
	}

}

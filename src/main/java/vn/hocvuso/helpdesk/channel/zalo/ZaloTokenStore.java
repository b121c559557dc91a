package vn.hocvuso.helpdesk.channel.zalo;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import com.mongodb.WriteConcern;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import vn.hocvuso.helpdesk.store.StoreDurability;

/**
 * The OA's connection in the {@code channel_tokens} collection, one document shared by
 * every instance: the token pair, its expiry, whether staff must reconnect, and a lease
 * so only one instance refreshes at a time. Zalo's refresh token works once, so a new
 * pair is on disk before it is used: a journaled majority write on MongoDB, a commit on
 * the embedded store.
 */
class ZaloTokenStore {

	private static final String ID = "zalo";

	private static final String ACCESS = "accessToken";

	private static final String LEASE_OWNER = "leaseOwner";

	private static final String LEASE_UNTIL = "leaseUntil";

	private final MongoCollection<Document> tokens;

	private final StoreDurability durability;

	ZaloTokenStore(MongoDatabase database, StoreDurability durability) {
		this.tokens = database.getCollection("channel_tokens")
			.withWriteConcern(WriteConcern.MAJORITY.withJournal(true));
		this.durability = durability;
	}

	/** The stored connection, or empty before the first pair is stored. */
	Mono<ZaloConnection> read() {
		return Mono.from(this.tokens.find(Filters.eq("_id", ID)).first()).map(ZaloConnection::of);
	}

	/** The stored connection; the configured pair is stored first when there is none. */
	Mono<ZaloConnection> load(ZaloTokens.Tokens configured) {
		return Mono
			.from(this.tokens.findOneAndUpdate(Filters.eq("_id", ID),
					Updates.combine(Updates.setOnInsert(ACCESS, configured.accessToken()),
							Updates.setOnInsert("refreshToken", configured.refreshToken()),
							Updates.setOnInsert("state", ZaloConnection.State.CONNECTED.name())),
					new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER)))
			.map(ZaloConnection::of);
	}

	/**
	 * Takes the right to refresh the pair whose access token is {@code spentAccess}, for
	 * {@code lease}; false when the pair was already replaced, staff must reconnect, or
	 * another instance holds the lease.
	 */
	Mono<Boolean> takeLease(String spentAccess, String owner, Instant now, Duration lease) {
		Bson filter = Filters.and(Filters.eq("_id", ID), Filters.eq(ACCESS, spentAccess),
				Filters.ne("state", ZaloConnection.State.NEEDS_RECONNECT.name()),
				Filters.or(Filters.eq(LEASE_UNTIL, null), Filters.lt(LEASE_UNTIL, Date.from(now))));
		return Mono
			.from(this.tokens.updateOne(filter,
					Updates.combine(Updates.set(LEASE_OWNER, owner),
							Updates.set(LEASE_UNTIL, Date.from(now.plus(lease))))))
			.map((result) -> result.getModifiedCount() == 1);
	}

	/**
	 * Stores the pair Zalo just issued in place of the one spent, and releases the lease,
	 * durably, before the new pair is used; false when staff stored another pair
	 * meanwhile. Only the refresh token is compared: Zalo accepted ours, so no other
	 * instance's refresh with it can have succeeded, even one that took over an expired
	 * lease.
	 */
	Mono<Boolean> saveRefreshed(ZaloTokens.Tokens spent, ZaloTokens.Tokens fresh, @Nullable Instant expiresAt,
			Instant now) {
		return Mono
			.from(this.tokens.updateOne(
					Filters.and(Filters.eq("_id", ID), Filters.eq("refreshToken", spent.refreshToken())),
					Updates.combine(pair(fresh, expiresAt, now), Updates.unset(LEASE_OWNER), Updates.unset(LEASE_UNTIL),
							Updates.unset("lastError"), Updates.unset("lastErrorAt"))))
			.flatMap((result) -> this.durability.flush().thenReturn(result.getModifiedCount() == 1));
	}

	/** Gives the lease back after a refresh that failed for a passing reason. */
	Mono<Void> releaseLease(String owner, String error, Instant now) {
		return Mono
			.from(this.tokens.updateOne(Filters.and(Filters.eq("_id", ID), Filters.eq(LEASE_OWNER, owner)),
					Updates.combine(Updates.unset(LEASE_OWNER), Updates.unset(LEASE_UNTIL), lastError(error, now))))
			.then();
	}

	/** Zalo refused the refresh token for good: staff must reconnect the OA. */
	Mono<Void> needsReconnect(String error, Instant now) {
		return Mono
			.from(this.tokens.updateOne(Filters.eq("_id", ID),
					Updates.combine(Updates.set("state", ZaloConnection.State.NEEDS_RECONNECT.name()),
							Updates.unset(LEASE_OWNER), Updates.unset(LEASE_UNTIL), lastError(error, now))))
			.then(this.durability.flush());
	}

	/**
	 * A pair from staff (the OA authorization or the form) replaces whatever is stored.
	 */
	Mono<Void> connect(ZaloTokens.Tokens pair, @Nullable Instant expiresAt, Instant now) {
		return Mono.from(this.tokens.updateOne(Filters.eq("_id", ID),
				Updates.combine(pair(pair, expiresAt, now), Updates.set("connectedAt", Date.from(now)),
						Updates.unset(LEASE_OWNER), Updates.unset(LEASE_UNTIL), Updates.unset("lastError"),
						Updates.unset("lastErrorAt"), Updates.unset("oaProblem")),
				new UpdateOptions().upsert(true)))
			.then(this.durability.flush());
	}

	/**
	 * Notes (or clears, with an empty text) a refusal of the OA itself, for the banner.
	 */
	Mono<Void> oaProblem(String problem) {
		Bson update = problem.isEmpty() ? Updates.unset("oaProblem") : Updates.set("oaProblem", problem);
		return Mono.from(this.tokens.updateOne(Filters.eq("_id", ID), update)).then();
	}

	/** Staff allowed (or stopped) replies Zalo charges for. */
	Mono<Void> paidReplies(boolean allowed) {
		return Mono
			.from(this.tokens.updateOne(Filters.eq("_id", ID), Updates.set("paidReplies", allowed),
					new UpdateOptions().upsert(true)))
			.then(this.durability.flush());
	}

	private static Bson pair(ZaloTokens.Tokens pair, @Nullable Instant expiresAt, Instant now) {
		return Updates.combine(Updates.set(ACCESS, pair.accessToken()),
				Updates.set("refreshToken", pair.refreshToken()),
				(expiresAt != null) ? Updates.set("expiresAt", Date.from(expiresAt)) : Updates.unset("expiresAt"),
				Updates.set("refreshedAt", Date.from(now)),
				Updates.set("state", ZaloConnection.State.CONNECTED.name()));
	}

	private static Bson lastError(String error, Instant now) {
		String shortened = (error.length() > 300) ? error.substring(0, 300) + "…" : error;
		return Updates.combine(Updates.set("lastError", shortened), Updates.set("lastErrorAt", Date.from(now)));
	}

}

package vn.hocvuso.helpdesk.residents;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import vn.hocvuso.helpdesk.shared.ChannelType;
import vn.hocvuso.helpdesk.shared.PersonalDataCipher;

/**
 * Residents in the {@code residents} collection, unique by channel identity. The phone
 * number is stored sealed.
 */
class ResidentStore {

	private final MongoCollection<Document> residents;

	private final PersonalDataCipher cipher;

	ResidentStore(MongoDatabase database, PersonalDataCipher cipher) {
		this.residents = database.getCollection("residents");
		this.cipher = cipher;
	}

	Mono<Void> createIndexes() {
		return Mono
			.from(this.residents.createIndex(Indexes.ascending("channel", "channelUserId"),
					new IndexOptions().unique(true)))
			.then();
	}

	/** The resident with this identity, created on first contact. */
	Mono<Resident> findOrCreate(ChannelType channel, String channelUserId, Instant now) {
		Document identity = new Document("channel", channel.id()).append("channelUserId", channelUserId);
		return Mono
			.from(this.residents.findOneAndUpdate(identity,
					Updates.combine(Updates.setOnInsert("_id", new ObjectId().toHexString()),
							Updates.setOnInsert("firstSeenAt", Date.from(now)),
							Updates.setOnInsert("pendingChoices", List.of())),
					new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER)))
			.map(this::fromDocument);
	}

	/**
	 * Seals the phone numbers stored in clear before sealing began; how many. Few
	 * residents have a number, so reading them all at start-up is cheap.
	 */
	Mono<Long> sealClearPhones() {
		return Flux.from(this.residents.find(Filters.exists("phone")))
			.filter((document) -> !PersonalDataCipher.isSealed(document.getString("phone")))
			.concatMap((document) -> Mono.from(this.residents.updateOne(new Document("_id", document.get("_id")),
					Updates.set("phone", this.cipher.seal(document.getString("phone"))))))
			.count();
	}

	Mono<Void> saveSession(Resident resident) {
		ResidentSession session = resident.session();
		return Mono.from(this.residents.updateOne(new Document("_id", resident.id()),
				Updates.combine(Updates.set("pendingChoices", session.pendingChoices()),
						Updates.set("awaitingGroup", session.awaitingGroup()),
						Updates.set("feedbackTicket", session.feedbackTicket()),
						Updates.set("offeredClasses", session.offeredClasses()),
						Updates.set("groupAsked", resident.groupAsked()))))
			.then();
	}

	Mono<Void> saveGroup(Resident resident) {
		return Mono
			.from(this.residents.updateOne(new Document("_id", resident.id()),
					Updates.combine(Updates.set("groupCode", resident.groupCode()), Updates.set("groupAsked", true))))
			.then();
	}

	Mono<Void> savePhone(Resident resident) {
		return Mono.from(this.residents.updateOne(new Document("_id", resident.id()), (resident.phone() != null)
				? Updates.set("phone", this.cipher.seal(resident.phone())) : Updates.unset("phone")))
			.then();
	}

	/** The name the resident shows on their channel, sealed like the phone number. */
	Mono<Void> saveDisplayName(ChannelType channel, String channelUserId, String name) {
		return Mono
			.from(this.residents.updateOne(new Document("channel", channel.id()).append("channelUserId", channelUserId),
					Updates.set("displayName", this.cipher.seal(name))))
			.then();
	}

	Mono<Void> forgetDisplayName(String id) {
		return Mono.from(this.residents.updateOne(new Document("_id", id), Updates.unset("displayName"))).then();
	}

	/** The resident's phone number and channel name, opened, in one read. */
	Mono<Contact> contact(String id) {
		return Mono
			.from(this.residents.find(new Document("_id", id))
				.projection(new Document("phone", 1).append("displayName", 1))
				.first())
			.map((document) -> new Contact(opened(document.getString("phone")),
					opened(document.getString("displayName"))));
	}

	private @Nullable String opened(@Nullable String sealed) {
		return (sealed != null) ? open(sealed) : null;
	}

	/**
	 * Notes that the resident was told how their data is kept; true only the first time.
	 */
	Mono<Boolean> markPrivacyNotice(String id, Instant now) {
		return Mono.from(this.residents.updateOne(
				new Document("_id", id).append("privacyNoticeAt", new Document("$exists", false)),
				Updates.set("privacyNoticeAt", Date.from(now))))
			.map((result) -> result.getModifiedCount() == 1);
	}

	Mono<Resident> findById(String id) {
		return Mono.from(this.residents.find(new Document("_id", id)).first()).map(this::fromDocument);
	}

	/** The resident with this identity, without creating one. */
	Mono<Resident> find(ChannelType channel, String channelUserId) {
		return Mono
			.from(this.residents.find(new Document("channel", channel.id()).append("channelUserId", channelUserId))
				.first())
			.map(this::fromDocument);
	}

	Mono<Void> markUnfollowed(ChannelType channel, String channelUserId, Instant now) {
		Document identity = new Document("channel", channel.id()).append("channelUserId", channelUserId);
		return Mono.from(this.residents.updateOne(identity,
				Updates.combine(Updates.setOnInsert("_id", new ObjectId().toHexString()),
						Updates.setOnInsert("firstSeenAt", Date.from(now)),
						Updates.setOnInsert("pendingChoices", List.of()), Updates.set("following", false),
						Updates.set("unfollowedAt", Date.from(now))),
				new com.mongodb.client.model.UpdateOptions().upsert(true)))
			.then();
	}

	/** Notes the resident's last message, unless a later one is noted already. */
	Mono<Void> heard(String residentId, String messageId, Instant at) {
		return Mono.from(this.residents.updateOne(
				Filters.and(Filters.eq("_id", residentId),
						Filters.or(Filters.eq("lastMessageAt", null), Filters.lt("lastMessageAt", Date.from(at)))),
				Updates.combine(Updates.set("lastMessageId", messageId), Updates.set("lastMessageAt", Date.from(at)))))
			.then();
	}

	Mono<LastMessage> lastMessage(String residentId) {
		return Mono.from(this.residents.find(Filters.eq("_id", residentId)).first())
			.filter((document) -> document.getDate("lastMessageAt") != null)
			.map((document) -> new LastMessage(document.getString("lastMessageId"),
					document.getDate("lastMessageAt").toInstant()));
	}

	/**
	 * The residents who still follow the ward's account, of these groups (all when none).
	 */
	Flux<Resident> following(List<String> groupCodes) {
		Document following = new Document("following", new Document("$ne", false));
		return Flux
			.from(this.residents
				.find(groupCodes.isEmpty() ? following : Filters.and(following, Filters.in("groupCode", groupCodes))))
			.map(this::fromDocument);
	}

	private Resident fromDocument(Document document) {
		String phone = document.getString("phone");
		return new Resident(document.getString("_id"), ChannelType.fromId(document.getString("channel")),
				document.getString("channelUserId"), document.getDate("firstSeenAt").toInstant(),
				new ResidentSession(document.getList("pendingChoices", String.class, List.of()),
						document.getBoolean("awaitingGroup", false), document.getString("feedbackTicket"),
						document.getList("offeredClasses", String.class, List.of())),
				document.getString("groupCode"), document.getBoolean("groupAsked", false),
				(phone != null) ? open(phone) : null);
	}

	/** A value sealed with another key is as good as unknown. */
	private @Nullable String open(String sealed) {
		try {
			return this.cipher.open(sealed);
		}
		catch (IllegalArgumentException unreadable) {
			return null;
		}
	}

}

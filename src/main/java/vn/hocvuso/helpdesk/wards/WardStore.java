package vn.hocvuso.helpdesk.wards;

import java.util.List;

import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Residential groups ({@code groups} collection) and ambassadors ({@code ambassadors}).
 */
class WardStore {

	private final MongoCollection<Document> groups;

	private final MongoCollection<Document> ambassadors;

	WardStore(MongoDatabase database) {
		this.groups = database.getCollection("groups");
		this.ambassadors = database.getCollection("ambassadors");
	}

	/** Adds a group, or renames it when the code exists. */
	Mono<Void> saveGroup(ResidentialGroup group) {
		return Mono
			.from(this.groups.replaceOne(new Document("_id", group.code()),
					new Document("_id", group.code()).append("name", group.name()), new ReplaceOptions().upsert(true)))
			.then();
	}

	/** Removes a group; false when there was none with the code. */
	Mono<Boolean> deleteGroup(String code) {
		return Mono.from(this.groups.deleteOne(new Document("_id", code)))
			.map((result) -> result.getDeletedCount() > 0);
	}

	/** Adds an ambassador's profile, or replaces it when the username exists. */
	Mono<Void> saveAmbassador(Ambassador ambassador) {
		Document document = new Document("_id", ambassador.username()).append("name", ambassador.name())
			.append("phone", ambassador.phone())
			.append("zaloUserId", ambassador.zaloUserId())
			.append("groupCodes", ambassador.groupCodes());
		return Mono
			.from(this.ambassadors.replaceOne(new Document("_id", ambassador.username()), document,
					new ReplaceOptions().upsert(true)))
			.then();
	}

	Mono<Boolean> deleteAmbassador(String username) {
		return Mono.from(this.ambassadors.deleteOne(new Document("_id", username)))
			.map((result) -> result.getDeletedCount() > 0);
	}

	/** The whole ward: groups by code, ambassadors by name. */
	Mono<Ward> load() {
		Mono<List<ResidentialGroup>> groups = Flux.from(this.groups.find().sort(new Document("_id", 1)))
			.map((document) -> new ResidentialGroup(document.getString("_id"), document.getString("name")))
			.collectList();
		Mono<List<Ambassador>> ambassadors = Flux.from(this.ambassadors.find().sort(new Document("name", 1)))
			.map((document) -> new Ambassador(document.getString("_id"), document.getString("name"),
					document.getString("phone"), document.getString("zaloUserId"),
					document.getList("groupCodes", String.class, List.of())))
			.collectList();
		return Mono.zip(groups, ambassadors, Ward::new);
	}

}

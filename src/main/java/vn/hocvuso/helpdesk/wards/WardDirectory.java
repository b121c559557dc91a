package vn.hocvuso.helpdesk.wards;

import java.time.Duration;
import java.util.List;

import com.github.benmanes.caffeine.cache.AsyncLoadingCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * Residential groups ({@code groups} collection) and ambassadors ({@code ambassadors}).
 * Both lists are small, so the whole ward is read at once and kept for a short while;
 * changes made here are seen at once, changes made by another instance within
 * {@link #FRESHNESS}.
 */
@Service
public class WardDirectory {

	static final Duration FRESHNESS = Duration.ofSeconds(20);

	private final MongoCollection<Document> groups;

	private final MongoCollection<Document> ambassadors;

	private final AsyncLoadingCache<Boolean, Ward> ward;

	WardDirectory(MongoDatabase database) {
		this.groups = database.getCollection("groups");
		this.ambassadors = database.getCollection("ambassadors");
		this.ward = Caffeine.newBuilder().expireAfterWrite(FRESHNESS).buildAsync((key, executor) -> load().toFuture());
	}

	public Mono<Ward> ward() {
		return Mono.fromFuture(() -> this.ward.get(Boolean.TRUE));
	}

	/** Adds a group, or renames it when the code exists. */
	public Mono<ResidentialGroup> saveGroup(ResidentialGroup group) {
		return Mono.from(this.groups.replaceOne(new Document("_id", group.code()),
				new Document("_id", group.code()).append("name", group.name()),
				new com.mongodb.client.model.ReplaceOptions().upsert(true)))
			.then(changed())
			.thenReturn(group);
	}

	/** Removes a group; false when there was none with the code. */
	public Mono<Boolean> deleteGroup(String code) {
		return Mono.from(this.groups.deleteOne(new Document("_id", code)))
			.map((result) -> result.getDeletedCount() > 0)
			.flatMap((deleted) -> changed().thenReturn(deleted));
	}

	/** Adds an ambassador's profile, or replaces it when the username exists. */
	public Mono<Ambassador> saveAmbassador(Ambassador ambassador) {
		Document document = new Document("_id", ambassador.username()).append("name", ambassador.name())
			.append("phone", ambassador.phone())
			.append("zaloUserId", ambassador.zaloUserId())
			.append("groupCodes", ambassador.groupCodes());
		return Mono.from(this.ambassadors.replaceOne(new Document("_id", ambassador.username()), document,
				new com.mongodb.client.model.ReplaceOptions().upsert(true)))
			.then(changed())
			.thenReturn(ambassador);
	}

	public Mono<Boolean> deleteAmbassador(String username) {
		return Mono.from(this.ambassadors.deleteOne(new Document("_id", username)))
			.map((result) -> result.getDeletedCount() > 0)
			.flatMap((deleted) -> changed().thenReturn(deleted));
	}

	private Mono<Void> changed() {
		return Mono.fromRunnable(() -> this.ward.synchronous().invalidateAll());
	}

	private Mono<Ward> load() {
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

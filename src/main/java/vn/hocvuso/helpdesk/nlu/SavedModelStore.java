package vn.hocvuso.helpdesk.nlu;

import java.time.Instant;
import java.util.Date;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.Document;
import org.bson.types.Binary;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Trained topic models in the {@code nlu_models} collection, by the fingerprint of what
 * they were trained from, so a start or another instance loads the model instead of
 * training it again. Only the newest few are kept.
 */
class SavedModelStore {

	/** The live model, the one before it (for a rollback) and one more. */
	static final int KEPT = 3;

	private final MongoCollection<Document> models;

	SavedModelStore(MongoDatabase database) {
		this.models = database.getCollection("nlu_models");
	}

	/** The model saved under this fingerprint, as bytes. */
	Mono<byte[]> find(String fingerprint) {
		return Mono.from(this.models.find(Filters.eq("_id", fingerprint)).first())
			.map((document) -> document.get("model", Binary.class).getData());
	}

	/** Saves a model and removes all but the newest {@link #KEPT}. */
	Mono<Void> save(String fingerprint, byte[] model, Instant now) {
		Document document = new Document("_id", fingerprint).append("model", new Binary(model))
			.append("savedAt", Date.from(now))
			.append("bytes", model.length);
		return Mono
			.from(this.models.replaceOne(Filters.eq("_id", fingerprint), document, new ReplaceOptions().upsert(true)))
			.thenMany(Flux.from(
					this.models.find().projection(new Document("_id", 1)).sort(Sorts.descending("savedAt")).skip(KEPT)))
			.concatMap((old) -> Mono.from(this.models.deleteOne(Filters.eq("_id", old.get("_id")))))
			.then();
	}

}

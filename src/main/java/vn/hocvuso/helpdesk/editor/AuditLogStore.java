package vn.hocvuso.helpdesk.editor;

import java.time.Clock;
import java.util.Date;

import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.Document;
import org.bson.types.ObjectId;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Repository;

/**
 * Every change to the library, who made it and when, in {@code library_audit}; kept
 * forever. Pages and API write through the same services, so both are logged alike.
 */
@Repository
class AuditLogStore {

	private final MongoCollection<Document> entries;

	private final Clock clock;

	AuditLogStore(MongoDatabase database, Clock clock) {
		this.entries = database.getCollection("library_audit");
		this.clock = clock;
		// Declared for a real MongoDB; the embedded store ignores it (docs/adr/0001).
		Mono.from(this.entries.createIndex(Indexes.descending("at", "_id"))).subscribe();
	}

	Mono<Void> record(String who, String action, String subject, String detail) {
		Document entry = new Document("_id", new ObjectId().toHexString()).append("at", Date.from(this.clock.instant()))
			.append("who", who)
			.append("action", action)
			.append("subject", subject)
			.append("detail", detail);
		return Mono.from(this.entries.insertOne(entry)).then();
	}

	Flux<AuditEntry> recent(int limit) {
		return Flux.from(this.entries.find().sort(Sorts.descending("at", "_id")).limit(limit))
			.map((entry) -> new AuditEntry(entry.getString("_id"), entry.getDate("at").toInstant(),
					entry.getString("who"), entry.getString("action"), entry.getString("subject"),
					entry.getString("detail")));
	}

}

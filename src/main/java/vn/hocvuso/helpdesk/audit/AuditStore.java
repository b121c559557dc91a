package vn.hocvuso.helpdesk.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.result.DeleteResult;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Repository;

import vn.hocvuso.helpdesk.store.Expiry;
import vn.hocvuso.helpdesk.store.RetentionProperties;

/**
 * The audit log in {@code audit_log}. Writing an entry never fails the action it records:
 * a store error is logged and the action goes on.
 */
@Repository
public class AuditStore implements Expiry {

	private static final Logger log = LoggerFactory.getLogger(AuditStore.class);

	private final MongoCollection<Document> entries;

	private final Clock clock;

	private final Duration keep;

	AuditStore(MongoDatabase database, Clock clock, RetentionProperties retention) {
		this.entries = database.getCollection("audit_log");
		this.clock = clock;
		this.keep = retention.auditLog();
		// Declared for a real MongoDB; the embedded store ignores it (docs/adr/0001).
		Mono.from(this.entries.createIndex(Indexes.descending("at", "_id"))).subscribe();
	}

	@Override
	public String collection() {
		return "audit_log";
	}

	/**
	 * Removes the entries older than {@code helpdesk.retention.audit-log}: sign-ins name
	 * the client's address. Read by time: a scan of this small collection in the embedded
	 * store, at each housekeeping round.
	 */
	@Override
	public Mono<Long> removeExpired(Instant now) {
		return Mono.from(this.entries.deleteMany(Filters.lt("at", Date.from(now.minus(this.keep)))))
			.map(DeleteResult::getDeletedCount);
	}

	public Mono<Void> record(String who, String action, String subject, String detail) {
		Document entry = new Document("_id", new ObjectId().toHexString()).append("at", Date.from(this.clock.instant()))
			.append("who", who)
			.append("action", action)
			.append("subject", subject)
			.append("detail", detail);
		return Mono.from(this.entries.insertOne(entry)).then().onErrorResume((failed) -> {
			log.warn("Could not write the audit entry '{}' about {}: {}", action, subject, failed.toString());
			return Mono.empty();
		});
	}

	public Flux<AuditEntry> recent(int limit) {
		return Flux.from(this.entries.find().sort(Sorts.descending("at", "_id")).limit(limit))
			.map((entry) -> new AuditEntry(entry.getString("_id"), entry.getDate("at").toInstant(),
					entry.getString("who"), entry.getString("action"), entry.getString("subject"),
					entry.getString("detail")));
	}

}

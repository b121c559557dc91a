package vn.hocvuso.helpdesk.editor;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndReplaceOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.Document;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Repository;
import org.springframework.web.server.ResponseStatusException;

/**
 * The publish lock and the progress of the last publish: one document,
 * {@code library_publish/current}. A publish takes it with one atomic write, only when no
 * other publish is running (or the running one's lease ran out), so concurrent publishes
 * on any instances are serialised and the loser is told at once.
 */
@Repository
class PublishJobStore {

	private static final String CURRENT = "current";

	private final MongoCollection<Document> jobs;

	private final Clock clock;

	private final Duration lease;

	PublishJobStore(MongoDatabase database, Clock clock, EditorProperties properties) {
		this.jobs = database.getCollection("library_publish");
		this.clock = clock;
		this.lease = properties.publishLease();
	}

	/** Takes the lock for this job, or fails with 409 naming the running publish. */
	Mono<PublishJob> start(PublishJob job) {
		Document taking = toDocument(job).append("leaseUntil", Date.from(this.clock.instant().plus(this.lease)));
		return Mono.from(this.jobs.insertOne(taking))
			.thenReturn(job)
			.onErrorResume(
					PublishJobStore::isDuplicate, (
							exists) -> Mono.from(
									this.jobs
										.findOneAndReplace(
												Filters.and(Filters.eq("_id", CURRENT),
														Filters.or(Filters.ne("state", PublishJob.State.RUNNING.name()),
																Filters.lt("leaseUntil",
																		Date.from(this.clock.instant())))),
												taking,
												new FindOneAndReplaceOptions().returnDocument(ReturnDocument.AFTER)))
								.map(PublishJobStore::fromDocument)
								.switchIfEmpty(current().flatMap((running) -> Mono.error(busy(running)))));
	}

	Mono<Void> progress(PublishJob job, PublishJob.Phase phase, int percent) {
		return Mono.from(this.jobs.updateOne(Filters.and(Filters.eq("_id", CURRENT), Filters.eq("jobId", job.id())),
				Updates.combine(Updates.set("phase", phase.name()), Updates.max("progress", percent))))
			.then();
	}

	Mono<PublishJob> finish(PublishJob finished) {
		return Mono
			.from(this.jobs.replaceOne(Filters.and(Filters.eq("_id", CURRENT), Filters.eq("jobId", finished.id())),
					toDocument(finished)))
			.thenReturn(finished);
	}

	/** The running publish, or the last one. */
	Mono<PublishJob> current() {
		return Mono.from(this.jobs.find(Filters.eq("_id", CURRENT)).first()).map(PublishJobStore::fromDocument);
	}

	private static ResponseStatusException busy(PublishJob running) {
		return new ResponseStatusException(HttpStatus.CONFLICT,
				"Đang có một lần xuất bản khác (phiên bản " + running.toVersion() + ", do " + running.startedBy()
						+ " bắt đầu). Hãy chờ lần đó xong rồi xuất bản lại.");
	}

	private static Document toDocument(PublishJob job) {
		return new Document("_id", CURRENT).append("jobId", job.id())
			.append("state", job.state().name())
			.append("phase", job.phase().name())
			.append("progress", job.progress())
			.append("fromVersion", job.fromVersion())
			.append("toVersion", job.toVersion())
			.append("startedBy", job.startedBy())
			.append("startedAt", Date.from(job.startedAt()))
			.append("finishedAt", (job.finishedAt() != null) ? Date.from(job.finishedAt()) : null)
			.append("error", job.error());
	}

	private static PublishJob fromDocument(Document document) {
		Date finished = document.getDate("finishedAt");
		return new PublishJob(document.getString("jobId"), PublishJob.State.valueOf(document.getString("state")),
				PublishJob.Phase.valueOf(document.getString("phase")), document.getInteger("progress", 0),
				document.getInteger("fromVersion"), document.getInteger("toVersion"), document.getString("startedBy"),
				document.getDate("startedAt").toInstant(), (finished != null) ? finished.toInstant() : null,
				document.getString("error"));
	}

	private static boolean isDuplicate(Throwable error) {
		return error instanceof MongoWriteException write
				&& write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
	}

}

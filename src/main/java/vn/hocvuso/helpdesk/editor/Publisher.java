package vn.hocvuso.helpdesk.editor;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

import vn.hocvuso.helpdesk.knowledge.Article;
import vn.hocvuso.helpdesk.knowledge.Library;
import vn.hocvuso.helpdesk.knowledge.LibraryProblem;
import vn.hocvuso.helpdesk.knowledge.LibraryValidator;
import vn.hocvuso.helpdesk.knowledge.store.Draft;
import vn.hocvuso.helpdesk.knowledge.store.DraftStore;
import vn.hocvuso.helpdesk.knowledge.store.LibraryVersionStore;
import vn.hocvuso.helpdesk.knowledge.store.PublishedLibrary;
import vn.hocvuso.helpdesk.knowledge.store.VersionInfo;
import vn.hocvuso.helpdesk.nlu.LibraryModels;
import vn.hocvuso.helpdesk.nlu.LiveLibrary;

/**
 * Publishes the draft library, or an old version again (rollback):
 * <ol>
 * <li>validate the whole library with the load-time rules; on any problem refuse with all
 * of them and change nothing;</li>
 * <li>take the publish lock (a second publish meanwhile is told 409);</li>
 * <li>in the background: train the new model (progress in the store), store the version
 * and move the live pointer, switch this instance to it, remove the published drafts, log
 * it. Other instances follow through the version document.</li>
 * </ol>
 * Requests keep being answered by the old model until the switch, which is one step.
 */
@Service
class Publisher {

	private static final Logger log = LoggerFactory.getLogger(Publisher.class);

	private final DraftLibraries libraries;

	private final LibraryVersionStore versions;

	private final DraftStore drafts;

	private final LibraryValidator validator;

	private final PublishJobStore jobs;

	private final LibraryModels models;

	private final LiveLibrary live;

	private final AuditLogStore audit;

	private final Clock clock;

	Publisher(DraftLibraries libraries, LibraryVersionStore versions, DraftStore drafts, LibraryValidator validator,
			PublishJobStore jobs, LibraryModels models, LiveLibrary live, AuditLogStore audit, Clock clock) {
		this.libraries = libraries;
		this.versions = versions;
		this.drafts = drafts;
		this.validator = validator;
		this.jobs = jobs;
		this.models = models;
		this.live = live;
		this.audit = audit;
		this.clock = clock;
	}

	/** Starts publishing the drafts; the job returned is running. */
	Mono<PublishJob> publish(String who, String note) {
		return this.libraries.current().flatMap((draft) -> {
			if (draft.drafts().isEmpty()) {
				return Mono.error(new ResponseStatusException(HttpStatus.CONFLICT,
						"Chưa có bản nháp nào: không có gì mới để xuất bản."));
			}
			String text = note.isBlank() ? "Xuất bản " + draft.drafts().size() + " bài đã sửa" : note.strip();
			return start(new Candidate(draft.base(), draft.articles(), draft.drafts(), who, text, "publish"));
		});
	}

	/** Starts publishing an old version's articles as a new version. */
	Mono<PublishJob> rollback(String who, int version) {
		return this.versions.find(version)
			.switchIfEmpty(Mono.error(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"Không có phiên bản " + version + " của thư viện.")))
			.zipWith(this.libraries.current())
			.flatMap((both) -> start(
					new Candidate(both.getT2().base(), List.copyOf(both.getT1().library().articles().values()),
							List.of(), who, "Khôi phục nội dung phiên bản " + version, "rollback")));
	}

	private Mono<PublishJob> start(Candidate candidate) {
		List<LibraryProblem> problems = this.validator.check(candidate.articles());
		if (!problems.isEmpty()) {
			return Mono
				.error(new LibraryRefused("Chưa xuất bản: thư viện chưa đúng quy định, chưa thay đổi gì.", problems));
		}
		PublishJob job = PublishJob.started(new ObjectId().toHexString(), candidate.base().info().version(),
				candidate.who(), this.clock.instant());
		return this.jobs.start(job).doOnNext((started) -> run(started, candidate).subscribe());
	}

	/** The background part; never fails, the outcome is in the job. */
	Mono<PublishJob> run(PublishJob job, Candidate candidate) {
		Library next = candidate.numbered(job.toVersion());
		VersionInfo info = new VersionInfo(job.toVersion(), job.startedBy(), this.clock.instant(), candidate.note());
		AtomicInteger reported = new AtomicInteger();
		return this.models.live(next, (percent) -> report(job, percent, reported))
			.flatMap(
					(model) -> this.jobs.progress(job, PublishJob.Phase.STORING, 95)
						.then(this.versions.publish(new PublishedLibrary(info, next), job.fromVersion()))
						.flatMap((wentLive) -> wentLive ? Mono.just(model) : Mono.error(new IllegalStateException(
								"Thư viện vừa được xuất bản ở nơi khác; hãy xem lại bản nháp rồi xuất bản lại."))))
			.doOnNext((model) -> this.live.switchTo(next, model))
			.then(this.drafts.removePublished(candidate.drafts()))
			.then(this.audit.record(job.startedBy(), candidate.action(), String.valueOf(job.toVersion()),
					candidate.note()))
			.then(Mono.defer(() -> this.jobs.finish(job.done(this.clock.instant()))))
			.onErrorResume((error) -> {
				log.error("Publishing library version {} failed", job.toVersion(), error);
				String why = (error instanceof IllegalStateException) ? error.getMessage()
						: "Không huấn luyện hoặc lưu được thư viện mới; bản đang dùng vẫn giữ nguyên.";
				return this.jobs.finish(job.failed(this.clock.instant(), why));
			});
	}

	/** Training is 0–90% of the job; the store hears every tenth. */
	private void report(PublishJob job, int percent, AtomicInteger reported) {
		int overall = percent * 90 / 100;
		if (overall / 10 > reported.get() / 10) {
			reported.set(overall);
			this.jobs.progress(job, PublishJob.Phase.TRAINING, overall).subscribe();
		}
	}

	/** What a publish puts live, and what it records. */
	record Candidate(PublishedLibrary base, List<Article> articles, List<Draft> drafts, String who, String note,
			String action) {

		/**
		 * The articles under their new version numbers: an article that changed since the
		 * live version gets the live one's number plus one.
		 */
		Library numbered(int version) {
			Library current = this.base.library();
			List<Article> numbered = this.articles.stream()
				.map((article) -> current.article(article.id())
					.map((live) -> live.sameContentAs(article) ? article.withVersion(live.version())
							: article.withVersion(live.version() + 1))
					.orElse(article))
				.toList();
			return Library.of(version, numbered);
		}

	}

}

package vn.hocvuso.helpdesk.editor;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Function;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

import vn.hocvuso.helpdesk.cases.CaseStore;
import vn.hocvuso.helpdesk.cases.TopicActivity;
import vn.hocvuso.helpdesk.knowledge.Article;
import vn.hocvuso.helpdesk.knowledge.store.Draft;

/**
 * The library list: each live article with its draft, whether its review is overdue, and
 * how it fared with residents recently.
 */
@Service
class LibraryOverview {

	/** Review dates are calendar days in Vietnam. */
	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final DraftLibraries libraries;

	private final CaseStore cases;

	private final EditorProperties properties;

	private final Clock clock;

	LibraryOverview(DraftLibraries libraries, CaseStore cases, EditorProperties properties, Clock clock) {
		this.libraries = libraries;
		this.cases = cases;
		this.properties = properties;
		this.clock = clock;
	}

	Flux<ArticleRow> rows() {
		Mono<Map<String, TopicActivity>> activity = this.cases
			.byTopicSince(this.clock.instant().minus(Duration.ofDays(this.properties.activityDays())))
			.collectMap(TopicActivity::topic, Function.identity());
		LocalDate overdueBefore = LocalDate.now(this.clock.withZone(VIETNAM))
			.minus(this.properties.reviewOverdueAfter());
		return this.libraries.current()
			.zipWith(activity)
			.flatMapMany((both) -> Flux.fromIterable(both.getT1().base().library().articles().values())
				.map((article) -> row(article, both.getT1(), both.getT2(), overdueBefore)));
	}

	private static ArticleRow row(Article article, DraftLibrary library, Map<String, TopicActivity> activity,
			LocalDate overdueBefore) {
		Draft draft = library.draft(article.id()).orElse(null);
		TopicActivity counts = activity.getOrDefault(article.id(), new TopicActivity(article.id(), 0, 0, 0, 0));
		return new ArticleRow(article.id(), article.title(), article.version(), article.reviewed(),
				article.reviewed().isBefore(overdueBefore), article.isUrgent(),
				(draft != null) ? draft.updatedBy() : null, (draft != null) ? draft.updatedAt() : null, counts.asked(),
				counts.answered(), counts.helpful(), counts.notHelpful());
	}

}

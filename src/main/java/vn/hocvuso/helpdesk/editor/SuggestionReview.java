package vn.hocvuso.helpdesk.editor;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

import vn.hocvuso.helpdesk.knowledge.Article;
import vn.hocvuso.helpdesk.knowledge.Library;
import vn.hocvuso.helpdesk.knowledge.LibraryProblem;
import vn.hocvuso.helpdesk.knowledge.LibraryValidator;
import vn.hocvuso.helpdesk.knowledge.store.Draft;
import vn.hocvuso.helpdesk.knowledge.store.DraftStore;
import vn.hocvuso.helpdesk.nlu.LiveLibrary;
import vn.hocvuso.helpdesk.nlu.UnderstandingService;
import vn.hocvuso.helpdesk.nlu.model.TopicScore;
import vn.hocvuso.helpdesk.text.VietnameseNormalizer;

/**
 * The learning loop: the questions people settled, grouped with the topic their replies
 * most resemble; staff accept a group into a topic's draft (as example questions) or
 * dismiss it. Every decision is kept, so a decided question never comes back.
 */
@Service
class SuggestionReview {

	private final SuggestionStore store;

	private final DraftLibraries libraries;

	private final DraftStore drafts;

	private final ArticleEditor editor;

	private final LiveLibrary live;

	private final UnderstandingService understanding;

	private final VietnameseNormalizer normalizer;

	private final AuditLogStore audit;

	private final EditorProperties properties;

	private final Clock clock;

	private final AtomicReference<@Nullable ReplyTopics> topics = new AtomicReference<>();

	SuggestionReview(SuggestionStore store, DraftLibraries libraries, DraftStore drafts, ArticleEditor editor,
			LiveLibrary live, UnderstandingService understanding, VietnameseNormalizer normalizer, AuditLogStore audit,
			EditorProperties properties, Clock clock) {
		this.store = store;
		this.libraries = libraries;
		this.drafts = drafts;
		this.editor = editor;
		this.live = live;
		this.understanding = understanding;
		this.normalizer = normalizer;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
	}

	/** The most recent undecided questions, in groups, the newest group first. */
	Mono<List<SuggestionGroup>> groups() {
		return this.store.recent(this.properties.suggestionCases())
			.collectList()
			.publishOn(Schedulers.boundedElastic())
			.map((questions) -> {
				Library library = this.live.library();
				ReplyTopics replies = replyTopics(library);
				List<SuggestionGroup.Member> members = questions.stream()
					.map((question) -> member(question, replies))
					.toList();
				return QuestionGroups
					.group(members, SuggestionGroup.Member::topic, SuggestionGroup.Member::words,
							this.properties.groupSimilarity())
					.stream()
					.map((group) -> SuggestionGroup.of(group, library))
					.toList();
			});
	}

	/**
	 * Adds the questions to the topic's draft as example questions, all or none: refused
	 * with every problem when one is already another topic's example.
	 */
	Mono<Accepted> accept(List<String> ids, String topic, String who) {
		this.editor.requireKnown(topic);
		return this.store.undecided(ids).zipWith(this.libraries.current()).flatMap((found) -> {
			List<PendingQuestion> questions = found.getT1();
			DraftLibrary library = found.getT2();
			Article current = library.draft(topic)
				.map(Draft::article)
				.or(() -> library.base().library().article(topic))
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
						"Chủ đề " + topic + " chưa có bài nào."));
			List<String> added = newExamples(current, questions);
			Article updated = current.withExamples(Stream.concat(added.stream(), current.examples().stream()).toList());
			List<LibraryProblem> refused = this.editor.problems(updated, library.articles())
				.stream()
				.filter((problem) -> problem.rule().refusesDraft())
				.toList();
			if (!refused.isEmpty()) {
				return Mono.error(new LibraryRefused("Chưa thêm gợi ý vào bản nháp của " + topic + ".", refused));
			}
			return decided(questions, "accepted", topic, who,
					this.drafts.save(updated, who, this.clock.instant()).then())
				.then(this.audit.record(who, "suggestion.accept", topic,
						"Thêm " + added.size() + " câu hỏi mẫu từ phiếu đã xong: " + quoted(added)))
				.thenReturn(new Accepted(topic, added, questions.size() - added.size()));
		});
	}

	/** The questions' texts the article does not have yet as examples. */
	private static List<String> newExamples(Article article, List<PendingQuestion> questions) {
		Set<String> known = article.examples()
			.stream()
			.map(LibraryValidator::comparable)
			.collect(Collectors.toCollection(HashSet::new));
		return questions.stream()
			.map(PendingQuestion::text)
			.filter((text) -> known.add(LibraryValidator.comparable(text)))
			.toList();
	}

	/** Dismisses the questions for good. */
	Mono<Integer> dismiss(List<String> ids, String who) {
		return this.store.undecided(ids)
			.flatMap((questions) -> decided(questions, "dismissed", null, who, Mono.empty())
				.then(this.audit.record(who, "suggestion.dismiss", "gợi ý",
						"Bỏ qua " + questions.size() + " câu hỏi: "
								+ quoted(questions.stream().map(PendingQuestion::text).toList())))
				.thenReturn(questions.size()));
	}

	/** Records the decision, does what it decides (or takes it back), then files them. */
	private Mono<Void> decided(List<PendingQuestion> questions, String decision, @Nullable String topic, String who,
			Mono<Void> effect) {
		List<String> ids = questions.stream().map(PendingQuestion::id).toList();
		return this.store.decide(questions, decision, topic, who, this.clock.instant())
			.then(effect.onErrorResume((error) -> this.store.undo(ids).then(Mono.error(error))))
			.then(this.store.forget(questions));
	}

	private SuggestionGroup.Member member(PendingQuestion question, ReplyTopics replies) {
		String words = this.normalizer.normalize(question.text()).strippedText();
		if (question.reply().isBlank()) {
			return new SuggestionGroup.Member(question, words, List.of(), null);
		}
		List<TopicScore> ranked = replies.rank(question.reply(),
				this.understanding.understand(question.reply()).prediction());
		boolean clear = !ranked.isEmpty() && ranked.get(0).confidence() >= this.properties.suggestionMinScore();
		return new SuggestionGroup.Member(question, words, ranked, clear ? ranked.get(0).topic() : null);
	}

	private ReplyTopics replyTopics(Library library) {
		ReplyTopics current = this.topics.get();
		if (current == null || current.version() != library.version()) {
			current = ReplyTopics.of(library, this.normalizer);
			this.topics.set(current);
		}
		return current;
	}

	private static String quoted(List<String> texts) {
		String all = texts.stream().map((text) -> "«" + text + "»").collect(Collectors.joining(", "));
		return (all.length() > 300) ? all.substring(0, 297) + "…" : all;
	}

	/**
	 * @param added the questions now example questions of the topic's draft
	 * @param alreadyThere how many the topic had already
	 */
	record Accepted(String topic, List<String> added, int alreadyThere) {
	}

}

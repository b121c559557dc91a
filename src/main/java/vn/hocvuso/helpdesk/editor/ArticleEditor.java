package vn.hocvuso.helpdesk.editor;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

import vn.hocvuso.helpdesk.knowledge.Article;
import vn.hocvuso.helpdesk.knowledge.LibraryDiff;
import vn.hocvuso.helpdesk.knowledge.LibraryProblem;
import vn.hocvuso.helpdesk.knowledge.LibraryValidator;
import vn.hocvuso.helpdesk.knowledge.TopicCatalog;
import vn.hocvuso.helpdesk.knowledge.store.Draft;
import vn.hocvuso.helpdesk.knowledge.store.DraftStore;

/**
 * Saves and discards drafts. A draft that breaks a rule it must keep even while being
 * written (over the short-answer limit, an example another topic already has) is refused
 * with every such problem; other problems (too few examples so far) are saved and
 * reported as warnings, and stop a publish.
 */
@Service
class ArticleEditor {

	private final DraftLibraries libraries;

	private final DraftStore drafts;

	private final LibraryValidator validator;

	private final TopicCatalog catalog;

	private final AuditLogStore audit;

	private final Clock clock;

	ArticleEditor(DraftLibraries libraries, DraftStore drafts, LibraryValidator validator, TopicCatalog catalog,
			AuditLogStore audit, Clock clock) {
		this.libraries = libraries;
		this.drafts = drafts;
		this.validator = validator;
		this.catalog = catalog;
		this.audit = audit;
		this.clock = clock;
	}

	Mono<SavedDraft> save(String id, ArticleInput input, String who) {
		requireKnown(id);
		return this.libraries.current().flatMap((library) -> {
			Optional<Article> live = library.base().library().article(id);
			Article article = input.toArticle(id, live.map(Article::version).orElse(1));
			List<LibraryProblem> problems = problems(article, library.articles());
			List<LibraryProblem> refused = problems.stream().filter((p) -> p.rule().refusesDraft()).toList();
			if (!refused.isEmpty()) {
				return Mono.error(new LibraryRefused("Chưa lưu bản nháp của " + id + ".", refused));
			}
			return this.drafts.save(article, who, this.clock.instant())
				.flatMap((draft) -> this.audit.record(who, "draft.save", id, describe(live.orElse(null), article))
					.thenReturn(new SavedDraft(draft, problems)));
		});
	}

	Mono<Void> discard(String id, String who) {
		requireKnown(id);
		return this.drafts.discard(id)
			.flatMap((existed) -> existed
					? this.audit.record(who, "draft.discard", id, "Bỏ bản nháp, giữ nguyên bản đang dùng") : Mono.error(
							new ResponseStatusException(HttpStatus.NOT_FOUND, "Chủ đề " + id + " không có bản nháp.")));
	}

	/** Every problem of the article, including examples another article has. */
	List<LibraryProblem> problems(Article article, List<Article> library) {
		List<LibraryProblem> problems = new ArrayList<>(this.validator.check(article));
		problems.addAll(this.validator.conflicts(article, library));
		return problems;
	}

	void requireKnown(String id) {
		if (!this.catalog.isKnown(id)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND,
					"Không có chủ đề mã \"" + id + "\" trong danh mục chủ đề.");
		}
	}

	/** What a save changed, compared with the live article, for the audit log. */
	static String describe(@org.jspecify.annotations.Nullable Article before, Article after) {
		LibraryDiff.ArticleChange change = LibraryDiff.ArticleChange.of(after.id(), before, after);
		List<String> parts = new ArrayList<>();
		change.fields().forEach((field) -> parts.add("sửa " + FieldNames.of(field.field())));
		if (!change.examplesAdded().isEmpty()) {
			parts.add("thêm " + change.examplesAdded().size() + " câu hỏi mẫu");
		}
		if (!change.examplesRemoved().isEmpty()) {
			parts.add("bớt " + change.examplesRemoved().size() + " câu hỏi mẫu");
		}
		return parts.isEmpty() ? "Lưu bản nháp, giống bản đang dùng" : "Bản nháp: " + String.join(", ", parts);
	}

	/**
	 * A saved draft and the problems it still has (they stop a publish).
	 */
	record SavedDraft(Draft draft, List<LibraryProblem> warnings) {
	}

}

package vn.hocvuso.helpdesk.editor;

import java.security.Principal;
import java.util.List;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebInputException;

import vn.hocvuso.helpdesk.knowledge.Article;
import vn.hocvuso.helpdesk.knowledge.LibraryProblem;
import vn.hocvuso.helpdesk.knowledge.store.Draft;

/** The library's articles and their drafts, and "try a question". Role STAFF. */
@RestController
@RequestMapping(path = "/api/v1/library", produces = MediaType.APPLICATION_JSON_VALUE)
class ArticlesApiController {

	static final int MAX_TRY_TEXT = 2000;

	private final LibraryOverview overview;

	private final DraftLibraries libraries;

	private final ArticleEditor editor;

	private final Tryout tryout;

	ArticlesApiController(LibraryOverview overview, DraftLibraries libraries, ArticleEditor editor, Tryout tryout) {
		this.overview = overview;
		this.libraries = libraries;
		this.editor = editor;
		this.tryout = tryout;
	}

	@GetMapping("/articles")
	Flux<ArticleRow> articles() {
		return this.overview.rows();
	}

	@GetMapping("/articles/{id}")
	Mono<ArticleView> article(@PathVariable String id) {
		this.editor.requireKnown(id);
		return this.libraries.current().map((library) -> {
			Article live = library.base().library().article(id).orElse(null);
			Draft draft = library.draft(id).orElse(null);
			Article edited = (draft != null) ? draft.article() : live;
			List<LibraryProblem> problems = (edited != null) ? this.editor.problems(edited, library.articles())
					: List.of();
			return new ArticleView(id, live, draft, problems);
		});
	}

	@PutMapping(path = "/articles/{id}/draft", consumes = MediaType.APPLICATION_JSON_VALUE)
	Mono<ArticleEditor.SavedDraft> saveDraft(@PathVariable String id, @RequestBody ArticleInput input, Principal who) {
		return this.editor.save(id, input, who.getName());
	}

	@DeleteMapping("/articles/{id}/draft")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	Mono<Void> discardDraft(@PathVariable String id, Principal who) {
		return this.editor.discard(id, who.getName());
	}

	@PostMapping(path = "/try", consumes = MediaType.APPLICATION_JSON_VALUE)
	Mono<TryResult> tryQuestion(@RequestBody TryRequest request) {
		String text = (request.text() == null) ? "" : request.text().strip();
		if (text.isEmpty() || text.length() > MAX_TRY_TEXT) {
			throw new ServerWebInputException("Hãy gõ một câu hỏi (tối đa " + MAX_TRY_TEXT + " ký tự) để thử.");
		}
		return this.tryout.tryQuestion(text);
	}

	/**
	 * An article as it is live and as it is being edited.
	 *
	 * @param problems of the draft (or of the live article when there is no draft)
	 */
	record ArticleView(String id, @Nullable Article live, @Nullable Draft draft, List<LibraryProblem> problems) {

		ArticleView {
			if (live == null && draft == null) {
				throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Chủ đề " + id + " chưa có bài nào.");
			}
		}

	}

	record TryRequest(@Nullable String text) {
	}

}

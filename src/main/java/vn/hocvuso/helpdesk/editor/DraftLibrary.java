package vn.hocvuso.helpdesk.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.hocvuso.helpdesk.knowledge.Article;
import vn.hocvuso.helpdesk.knowledge.Library;
import vn.hocvuso.helpdesk.knowledge.store.Draft;
import vn.hocvuso.helpdesk.knowledge.store.PublishedLibrary;

/**
 * The library as it would be if the drafts were published: the live version with every
 * draft in place of its article.
 *
 * @param base the live version the drafts apply to
 */
record DraftLibrary(PublishedLibrary base, List<Draft> drafts) {

	DraftLibrary {
		drafts = List.copyOf(drafts);
	}

	Library library() {
		return Library.of(this.base.info().version(), articles());
	}

	List<Article> articles() {
		Map<String, Article> articles = new java.util.LinkedHashMap<>(this.base.library().articles());
		this.drafts.forEach((draft) -> articles.put(draft.article().id(), draft.article()));
		return new ArrayList<>(articles.values());
	}

	Optional<Draft> draft(String articleId) {
		return this.drafts.stream().filter((draft) -> draft.article().id().equals(articleId)).findFirst();
	}

}

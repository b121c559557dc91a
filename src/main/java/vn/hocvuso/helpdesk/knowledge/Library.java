package vn.hocvuso.helpdesk.knowledge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable snapshot of the published quick guides. A new publish makes a new
 * snapshot; readers keep the one they started with.
 */
public record Library(int version, Map<String, Article> articles) {

	public Library {
		articles = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(articles));
	}

	public static Library of(int version, List<Article> articles) {
		Map<String, Article> byId = new LinkedHashMap<>();
		articles.forEach((article) -> byId.put(article.id(), article));
		return new Library(version, byId);
	}

	public Optional<Article> article(String id) {
		return Optional.ofNullable(this.articles.get(id));
	}

	public int size() {
		return this.articles.size();
	}

}

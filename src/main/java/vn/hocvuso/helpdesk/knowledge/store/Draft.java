package vn.hocvuso.helpdesk.knowledge.store;

import java.time.Instant;
import java.util.Objects;

import vn.hocvuso.helpdesk.knowledge.Article;

/**
 * An article as staff are editing it, not yet live.
 *
 * @param revision changes at every save, so a publish removes only the drafts it
 * published and keeps one saved while it ran
 */
public record Draft(Article article, String updatedBy, Instant updatedAt, String revision) {

	public Draft {
		Objects.requireNonNull(article, "article");
		Objects.requireNonNull(updatedBy, "updatedBy");
		Objects.requireNonNull(updatedAt, "updatedAt");
		Objects.requireNonNull(revision, "revision");
	}

}

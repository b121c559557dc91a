package vn.hocvuso.helpdesk.knowledge;

import java.util.Objects;

/**
 * One thing wrong with the library, in words a staff member can act on.
 *
 * @param articleId the article concerned, or the file name when it could not be read
 * @param rule which rule is broken, so callers can treat some rules differently
 * @param problem the explanation in Vietnamese, shown to staff as is
 */
public record LibraryProblem(String articleId, Rule rule, String problem) {

	public LibraryProblem {
		Objects.requireNonNull(articleId, "articleId");
		Objects.requireNonNull(rule, "rule");
		Objects.requireNonNull(problem, "problem");
	}

	@Override
	public String toString() {
		return this.articleId + ": " + this.problem;
	}

	/** The rules of {@link LibraryValidator}, and a file that cannot be read at all. */
	public enum Rule {

		UNREADABLE_FILE, UNKNOWN_TOPIC, MISSING_ARTICLE, EMPTY_SHORT_ANSWER, SHORT_ANSWER_TOO_LONG, TOO_FEW_EXAMPLES,
		DUPLICATE_EXAMPLE, NO_SOURCE, SOURCE_NOT_HTTPS;

		/**
		 * Whether a draft breaking this rule is refused at once. Other rules (too few
		 * examples, a missing source) may be broken while an article is being written;
		 * publishing checks them all.
		 */
		public boolean refusesDraft() {
			return this == UNREADABLE_FILE || this == UNKNOWN_TOPIC || this == SHORT_ANSWER_TOO_LONG
					|| this == DUPLICATE_EXAMPLE;
		}

	}

}

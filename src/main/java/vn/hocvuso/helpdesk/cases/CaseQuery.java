package vn.hocvuso.helpdesk.cases;

import org.jspecify.annotations.Nullable;

/**
 * A filter over cases, newest first.
 *
 * @param limit how many cases at most, 1 to {@link #MAX_LIMIT}
 */
public record CaseQuery(int limit, @Nullable CaseStatus status, @Nullable String topic) {

	public static final int MAX_LIMIT = 500;

	public CaseQuery {
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
		}
	}

}

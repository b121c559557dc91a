package vn.hocvuso.helpdesk.knowledge.store;

import java.time.Instant;
import java.util.Objects;

/**
 * Who published a library version, when, and why.
 *
 * @param note what the version is, e.g. "Khôi phục phiên bản 3"; may be empty
 */
public record VersionInfo(int version, String publishedBy, Instant publishedAt, String note) {

	public VersionInfo {
		Objects.requireNonNull(publishedBy, "publishedBy");
		Objects.requireNonNull(publishedAt, "publishedAt");
		Objects.requireNonNull(note, "note");
		if (version < 1) {
			throw new IllegalArgumentException("library versions start at 1, got " + version);
		}
	}

}

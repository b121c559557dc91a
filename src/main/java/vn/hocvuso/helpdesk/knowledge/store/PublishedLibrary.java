package vn.hocvuso.helpdesk.knowledge.store;

import vn.hocvuso.helpdesk.knowledge.Library;

/** One published version of the library with who published it and when. */
public record PublishedLibrary(VersionInfo info, Library library) {

	public PublishedLibrary {
		if (info.version() != library.version()) {
			throw new IllegalArgumentException(
					"version " + info.version() + " does not match its library's version " + library.version());
		}
	}

}

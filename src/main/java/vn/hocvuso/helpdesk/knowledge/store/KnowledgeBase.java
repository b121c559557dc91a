package vn.hocvuso.helpdesk.knowledge.store;

import java.util.concurrent.atomic.AtomicReference;

import vn.hocvuso.helpdesk.knowledge.Library;
import vn.hocvuso.helpdesk.knowledge.TopicCatalog;

/**
 * The library the bot answers from right now. Readers take one snapshot per message; a
 * publish replaces the snapshot in one step.
 */
public class KnowledgeBase {

	private final TopicCatalog catalog;

	private final AtomicReference<Library> current;

	KnowledgeBase(TopicCatalog catalog, Library library) {
		this.catalog = catalog;
		this.current = new AtomicReference<>(library);
	}

	public Library current() {
		return this.current.get();
	}

	public TopicCatalog catalog() {
		return this.catalog;
	}

	/**
	 * Makes a newer version current. Versions only move forward (a rollback is a new
	 * version), so an older or equal one is ignored.
	 * @return whether the library was replaced
	 */
	public boolean replace(Library newer) {
		Library before = this.current.getAndUpdate((now) -> (newer.version() > now.version()) ? newer : now);
		return newer.version() > before.version();
	}

}

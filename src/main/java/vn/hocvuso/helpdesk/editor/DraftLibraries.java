package vn.hocvuso.helpdesk.editor;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import vn.hocvuso.helpdesk.knowledge.store.DraftStore;
import vn.hocvuso.helpdesk.knowledge.store.LibraryVersionStore;

/**
 * Reads the draft library from the store: the live version there (which may be newer than
 * the one this instance serves for a few seconds) and every draft.
 */
@Component
class DraftLibraries {

	private final LibraryVersionStore versions;

	private final DraftStore drafts;

	DraftLibraries(LibraryVersionStore versions, DraftStore drafts) {
		this.versions = versions;
		this.drafts = drafts;
	}

	Mono<DraftLibrary> current() {
		return this.versions.liveVersion()
			.flatMap(this.versions::find)
			.zipWith(this.drafts.findAll().collectList(), DraftLibrary::new);
	}

}

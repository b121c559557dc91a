package vn.hocvuso.helpdesk.nlu;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.hocvuso.helpdesk.knowledge.Library;
import vn.hocvuso.helpdesk.knowledge.store.KnowledgeBase;
import vn.hocvuso.helpdesk.nlu.model.TopicModel;

/**
 * Puts a newly published library and its trained model into service together. Requests
 * already running finish with what they started with; the next ones see the new version.
 * Versions only move forward, so a slower instance can never put an older one back. Topic
 * ids are the same in every version (the catalogue's), so a request that straddles the
 * two swaps still gets a consistent answer.
 */
public class LiveLibrary {

	private static final Logger log = LoggerFactory.getLogger(LiveLibrary.class);

	private final KnowledgeBase knowledgeBase;

	private final TopicClassifier classifier;

	LiveLibrary(KnowledgeBase knowledgeBase, TopicClassifier classifier) {
		this.knowledgeBase = knowledgeBase;
		this.classifier = classifier;
	}

	public int version() {
		return this.knowledgeBase.current().version();
	}

	public Library library() {
		return this.knowledgeBase.current();
	}

	/**
	 * @return whether the version went into service (false when it is not newer)
	 */
	public synchronized boolean switchTo(Library library, TopicModel model) {
		if (library.version() <= version()) {
			return false;
		}
		this.classifier.swap(model);
		this.knowledgeBase.replace(library);
		log.info("Now answering from library version {} ({} articles)", library.version(), library.size());
		return true;
	}

}

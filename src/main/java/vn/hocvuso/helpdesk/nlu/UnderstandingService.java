package vn.hocvuso.helpdesk.nlu;

import vn.hocvuso.helpdesk.knowledge.store.KnowledgeBase;
import vn.hocvuso.helpdesk.nlu.model.Prediction;
import vn.hocvuso.helpdesk.text.NormalizedText;
import vn.hocvuso.helpdesk.text.VietnameseNormalizer;

/** Normalises a message, ranks its topics and decides what to do with it. */
public class UnderstandingService {

	private final VietnameseNormalizer normalizer;

	private final TopicClassifier classifier;

	private final DecisionPolicy policy;

	private final KnowledgeBase knowledgeBase;

	public UnderstandingService(VietnameseNormalizer normalizer, TopicClassifier classifier, DecisionPolicy policy,
			KnowledgeBase knowledgeBase) {
		this.normalizer = normalizer;
		this.classifier = classifier;
		this.policy = policy;
		this.knowledgeBase = knowledgeBase;
	}

	/**
	 * CPU-bound and quick (microseconds; linear in the text's length): safe to call on
	 * the event loop. A long message is classified on its question
	 * ({@link QuestionPart}).
	 */
	public Understanding understand(String text) {
		NormalizedText normalized = this.normalizer.normalize(text);
		String question = QuestionPart.of(text);
		Prediction prediction = this.classifier
			.classify((question.equals(text)) ? normalized : this.normalizer.normalize(question));
		return new Understanding(normalized, prediction, this.policy.decide(prediction, this.knowledgeBase.current()));
	}

}

package vn.hocvuso.helpdesk.nlu;

import vn.hocvuso.helpdesk.nlu.model.Prediction;
import vn.hocvuso.helpdesk.text.NormalizedText;

/**
 * What the bot made of one message: its normalised form, the ranked topics and the
 * decision.
 */
public record Understanding(NormalizedText normalized, Prediction prediction, Decision decision) {

	public String topTopic() {
		return this.prediction.top().topic();
	}

	public double confidence() {
		return this.prediction.top().confidence();
	}

}

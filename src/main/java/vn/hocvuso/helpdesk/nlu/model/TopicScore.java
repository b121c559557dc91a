package vn.hocvuso.helpdesk.nlu.model;

/** How likely the model thinks a message is about one topic, between 0 and 1. */
public record TopicScore(String topic, double confidence) {

	public TopicScore {
		if (confidence < 0 || confidence > 1 || Double.isNaN(confidence)) {
			throw new IllegalArgumentException("confidence of " + topic + " must be in [0, 1], was " + confidence);
		}
	}

}

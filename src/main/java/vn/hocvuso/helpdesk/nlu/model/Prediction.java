package vn.hocvuso.helpdesk.nlu.model;

import java.util.List;

/**
 * Every topic the model knows, most likely first.
 *
 * @param modelVersion which model made it, so answers can be traced to one model
 */
public record Prediction(List<TopicScore> ranked, long modelVersion) {

	public Prediction {
		ranked = List.copyOf(ranked);
		if (ranked.isEmpty()) {
			throw new IllegalArgumentException("a prediction needs at least one topic");
		}
	}

	public TopicScore top() {
		return this.ranked.get(0);
	}

	/** The runner-up, or a zero score when the model knows only one topic. */
	public TopicScore second() {
		return (this.ranked.size() > 1) ? this.ranked.get(1) : new TopicScore(top().topic(), 0);
	}

}

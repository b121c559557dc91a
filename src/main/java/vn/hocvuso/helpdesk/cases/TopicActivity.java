package vn.hocvuso.helpdesk.cases;

/**
 * How a topic fared over a period.
 *
 * @param asked cases whose question was classified as the topic
 * @param answered of those, answered by the bot
 * @param helpful feedback "helpful" on those cases
 * @param notHelpful feedback "not helpful" on those cases
 */
public record TopicActivity(String topic, long asked, long answered, long helpful, long notHelpful) {

	/** One case's part: asked once, and answered or rated if it was. */
	static TopicActivity of(SupportCase supportCase) {
		return new TopicActivity(String.valueOf(supportCase.topic()), 1,
				"answer".equals(supportCase.decision()) ? 1 : 0, "helpful".equals(supportCase.feedback()) ? 1 : 0,
				"not_helpful".equals(supportCase.feedback()) ? 1 : 0);
	}

	TopicActivity plus(TopicActivity other) {
		return new TopicActivity(this.topic, this.asked + other.asked, this.answered + other.answered,
				this.helpful + other.helpful, this.notHelpful + other.notHelpful);
	}

}

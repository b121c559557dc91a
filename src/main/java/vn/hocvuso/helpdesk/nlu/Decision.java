package vn.hocvuso.helpdesk.nlu;

import java.util.List;

/**
 * What the bot does with a message. An expected outcome, so a value, not an exception.
 */
public sealed interface Decision {

	/**
	 * Answer with the topic's short answer.
	 *
	 * @param alsoEscalate the topic is urgent: a person must follow up as well
	 */
	record Answer(String topic, double confidence, boolean alsoEscalate) implements Decision {

		@Override
		public String kind() {
			return "answer";
		}

	}

	/** Two or more topics are close: ask which one the resident means. */
	record Clarify(List<String> topics) implements Decision {

		public Clarify {
			topics = List.copyOf(topics);
			if (topics.size() < 2) {
				throw new IllegalArgumentException("clarifying needs at least two topics, got " + topics);
			}
		}

		@Override
		public String kind() {
			return "clarify";
		}

	}

	/** Hand the resident to a person. */
	record Escalate(Reason reason) implements Decision {

		@Override
		public String kind() {
			return "escalate";
		}

	}

	/** Why the bot hands a resident to a person. */
	enum Reason {

		/** The model is not sure enough of any topic. */
		LOW_CONFIDENCE,
		/** The question is not about digital skills. */
		OUT_OF_SCOPE,
		/** The resident asked for a person. */
		ASKED_FOR_HUMAN

	}

	/** A short name for logs, case documents and metric tags. */
	String kind();

}

package vn.hocvuso.helpdesk.nlu;

import java.util.List;

import vn.hocvuso.helpdesk.knowledge.Article;
import vn.hocvuso.helpdesk.knowledge.Library;
import vn.hocvuso.helpdesk.knowledge.SystemIntents;
import vn.hocvuso.helpdesk.nlu.model.Prediction;
import vn.hocvuso.helpdesk.nlu.model.TopicScore;

/**
 * Turns a prediction into a decision: answer when the top topic is confident and clear of
 * the runner-up, clarify when two topics are close, escalate otherwise. A request for a
 * person always escalates; an urgent topic is answered and escalated. A greeting or a
 * thank-you that leads the ranking is answered even when the model is unsure: a short
 * message like "alo" gives little evidence, and a friendly reply with buttons costs
 * nothing when it is wrong.
 */
public class DecisionPolicy {

	private final Thresholds thresholds;

	public DecisionPolicy(Thresholds thresholds) {
		this.thresholds = thresholds;
	}

	public Decision decide(Prediction prediction, Library library) {
		TopicScore top = prediction.top();
		TopicScore second = prediction.second();
		if (top.topic().equals(SystemIntents.HUMAN)) {
			return new Decision.Escalate(Decision.Reason.ASKED_FOR_HUMAN);
		}
		boolean clear = top.confidence() >= this.thresholds.answer()
				&& top.confidence() - second.confidence() >= this.thresholds.margin();
		if (top.topic().equals(SystemIntents.OUT_OF_SCOPE)) {
			return new Decision.Escalate(clear ? Decision.Reason.OUT_OF_SCOPE : Decision.Reason.LOW_CONFIDENCE);
		}
		boolean courtesy = top.topic().equals(SystemIntents.GREETING) || top.topic().equals(SystemIntents.THANKS);
		if ((clear || courtesy) && library.article(top.topic()).isPresent()) {
			boolean urgent = library.article(top.topic()).map(Article::isUrgent).orElse(false);
			return new Decision.Answer(top.topic(), top.confidence(), urgent);
		}
		if (isAnswerable(top, library) && isAnswerable(second, library)
				&& top.confidence() + second.confidence() >= this.thresholds.clarify()) {
			return new Decision.Clarify(List.of(top.topic(), second.topic()));
		}
		return new Decision.Escalate(Decision.Reason.LOW_CONFIDENCE);
	}

	private static boolean isAnswerable(TopicScore score, Library library) {
		return !SystemIntents.isSystem(score.topic()) && library.article(score.topic()).isPresent();
	}

	/**
	 * Where the bot stops answering. They are the hand-off's settings, so escalation
	 * provides them ({@code helpdesk.escalation.*}).
	 *
	 * @param answer answer only when the top topic is at least this confident
	 * @param margin and at least this far ahead of the second topic
	 * @param clarify otherwise, offer the top two as choices when together they reach
	 * this
	 */
	public record Thresholds(double answer, double margin, double clarify) {
	}

}

package vn.hocvuso.helpdesk.conversation;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.hocvuso.helpdesk.cases.CaseStatus;
import vn.hocvuso.helpdesk.cases.SupportCase;
import vn.hocvuso.helpdesk.delivery.Reply;
import vn.hocvuso.helpdesk.escalation.GroupQuestion;
import vn.hocvuso.helpdesk.residents.ResidentSession;

/**
 * What the bot will do with one message: the words and buttons to send (no words: the bot
 * stays silent), the outcome to record on the case, and what to wait for next.
 */
record Plan(@Nullable String text, List<Reply.QuickReply> quickReplies, SupportCase.Outcome outcome,
		ResidentSession session) {

	/** A short acknowledgement (of a rating or a group), recorded as answered. */
	static Plan note(String text, String decision) {
		return new Plan(text, List.of(),
				new SupportCase.Outcome(null, 1.0, decision, null, text, CaseStatus.ANSWERED, false),
				ResidentSession.idle());
	}

	/** Nothing to say: a person owns the conversation; the message is only recorded. */
	static Plan silent(String topic, double confidence) {
		return new Plan(null, List.of(),
				new SupportCase.Outcome(topic, confidence, "human", null, null, CaseStatus.WITH_AMBASSADOR, false),
				ResidentSession.idle());
	}

	/** The bot could not settle the message: a person takes it over. */
	boolean handsOver() {
		return this.outcome.status() == CaseStatus.ESCALATED;
	}

	/**
	 * The same plan with more words after its own, also in the case's record of the
	 * reply.
	 */
	Plan followedBy(String more) {
		String words = this.text + "\n\n" + more;
		SupportCase.Outcome said = new SupportCase.Outcome(this.outcome.topic(), this.outcome.confidence(),
				this.outcome.decision(), this.outcome.escalationReason(), words, this.outcome.status(),
				this.outcome.urgent());
		return new Plan(words, this.quickReplies, said, this.session);
	}

	/**
	 * The same plan, asking which residential group the resident lives in after its words
	 * (the case keeps the words without the question).
	 */
	Plan asking(GroupQuestion question) {
		List<Reply.QuickReply> buttons = new ArrayList<>(this.quickReplies);
		buttons.addAll(question.buttons());
		return new Plan(this.text + "\n\n" + question.text(), buttons, this.outcome, ResidentSession.askedForGroup());
	}

}

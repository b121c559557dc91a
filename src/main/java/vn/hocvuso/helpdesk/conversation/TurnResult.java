package vn.hocvuso.helpdesk.conversation;

import org.jspecify.annotations.Nullable;

import vn.hocvuso.helpdesk.cases.SupportCase;
import vn.hocvuso.helpdesk.delivery.Reply;

/**
 * The end of one turn: what it did, the case it stored and the reply it sent.
 *
 * @param reply the bot's reply; empty when a person owns the conversation
 */
public record TurnResult(Turn turn, SupportCase supportCase, @Nullable Reply reply) {

	/** The message had been handled before; the reply is the one sent then. */
	public boolean duplicate() {
		return this.turn instanceof Turn.Repeated;
	}

	public String caseId() {
		return this.supportCase.id();
	}

	/**
	 * What the case records as decided: {@code answer}, {@code clarify},
	 * {@code escalate}, {@code human}, {@code feedback}, {@code group}...
	 */
	public String decision() {
		return String.valueOf(this.supportCase.decision());
	}

	/** The topic the bot settled on or guessed; empty when it had none. */
	public @Nullable String topic() {
		return this.supportCase.topic();
	}

}

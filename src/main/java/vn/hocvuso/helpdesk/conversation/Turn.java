package vn.hocvuso.helpdesk.conversation;

import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.hocvuso.helpdesk.escalation.HandOff;
import vn.hocvuso.helpdesk.nlu.Decision;

/** What one turn of a conversation did. An outcome, so a value. */
public sealed interface Turn {

	/** The bot answered from the library, and that settles it. */
	record Answered(@Nullable String topic) implements Turn {
	}

	/** The bot asked which of a few topics the resident means. */
	record Clarified(List<String> topics) implements Turn {

		public Clarified {
			topics = List.copyOf(topics);
		}

	}

	/**
	 * The bot could not settle it (or the topic is urgent): a ticket opened for a person.
	 *
	 * @param reason why: {@code LOW_CONFIDENCE}, {@code OUT_OF_SCOPE},
	 * {@code ASKED_FOR_HUMAN}, {@code ATTACHMENT}, {@code DATA_REQUEST}; empty for an
	 * urgent topic the bot also answered
	 */
	record HandedOver(@Nullable String reason) implements Turn {
	}

	/**
	 * The message joined the resident's ticket, which nobody has claimed yet.
	 *
	 * @param reopened the ticket had just been resolved and is offered again
	 */
	record JoinedTicket(boolean reopened) implements Turn {
	}

	/** A person owns the conversation: the bot stayed silent and recorded the message. */
	record WithPerson() implements Turn {
	}

	/** The resident named their residential group. */
	record GroupNamed(String groupCode) implements Turn {
	}

	/** The resident said whether a person's help worked. */
	record FeedbackGiven(boolean helpful) implements Turn {
	}

	/** The message had been handled before: its case and reply are the earlier ones. */
	record Repeated() implements Turn {
	}

	/** The turn that a decision of the bot and a hand-off make. */
	static Turn of(@Nullable Decision decision, HandOff handOff, Plan plan) {
		if (handOff instanceof HandOff.Rated rated) {
			return new FeedbackGiven(rated.helpful());
		}
		if (handOff instanceof HandOff.GroupNamed named) {
			return new GroupNamed(named.groupCode());
		}
		if (handOff instanceof HandOff.WithPerson) {
			return new WithPerson();
		}
		if (handOff instanceof HandOff.Opens) {
			return new HandedOver(plan.outcome().escalationReason());
		}
		if (handOff instanceof HandOff.Joins || handOff instanceof HandOff.Reopens) {
			return new JoinedTicket(handOff instanceof HandOff.Reopens);
		}
		return (decision instanceof Decision.Clarify clarify) ? new Clarified(clarify.topics())
				: new Answered(plan.outcome().topic());
	}

}

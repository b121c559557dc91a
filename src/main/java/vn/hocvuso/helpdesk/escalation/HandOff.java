package vn.hocvuso.helpdesk.escalation;

import org.jspecify.annotations.Nullable;

import vn.hocvuso.helpdesk.tickets.Ticket;
import vn.hocvuso.helpdesk.wards.ResidentialGroup;

/**
 * What a resident's message means for the people behind the bot, decided by
 * {@link HandOffRules} and carried out by {@link Escalation#carryOut} once the case is
 * stored. An expected outcome, so a value.
 */
public sealed interface HandOff {

	/**
	 * The message is on a ticket once the turn is done: a phone number the resident
	 * writes in it is kept for the person helping them.
	 */
	boolean ticketed();

	/**
	 * What escalation says to the resident instead of the bot; empty when the bot answers
	 * (or, for {@link WithPerson}, nobody does).
	 */
	default @Nullable String words() {
		return null;
	}

	/** Nothing for a person: the bot's answer settles the message. */
	record BotOnly() implements HandOff {

		@Override
		public boolean ticketed() {
			return false;
		}

	}

	/**
	 * The bot could not settle it and the resident has no ticket: one opens for their
	 * group.
	 *
	 * @param groupQuestion asked once with the bot's answer when the resident's group is
	 * unknown, to route the ticket; empty when not asked
	 */
	record Opens(@Nullable GroupQuestion groupQuestion) implements HandOff {

		@Override
		public boolean ticketed() {
			return true;
		}

	}

	/**
	 * The message joins the resident's open ticket, which nobody owns yet; the bot still
	 * answers.
	 *
	 * @param repeatedFailure the bot failed again before anyone claimed it: the ticket
	 * becomes urgent
	 */
	record Joins(Ticket ticket, boolean repeatedFailure) implements HandOff {

		@Override
		public boolean ticketed() {
			return true;
		}

	}

	/** The resident wrote again soon after resolution: the ticket is offered again. */
	record Reopens(Ticket ticket) implements HandOff {

		@Override
		public boolean ticketed() {
			return true;
		}

	}

	/**
	 * A person owns the conversation: the bot stays silent and the message joins their
	 * ticket.
	 */
	record WithPerson(Ticket ticket) implements HandOff {

		@Override
		public boolean ticketed() {
			return true;
		}

	}

	/**
	 * The resident answered the residential-group question; their open ticket (if any)
	 * goes to that group.
	 */
	record GroupNamed(ResidentialGroup group, boolean ticketOpen) implements HandOff {

		static final String NOTED = "Dạ, cháu đã ghi nhận bác ở %s. Đại sứ số của tổ sẽ nhắn bác sớm ạ.";

		@Override
		public boolean ticketed() {
			return this.ticketOpen;
		}

		public String groupCode() {
			return this.group.code();
		}

		@Override
		public String words() {
			return NOTED.formatted(this.group.label());
		}

	}

	/** The resident answered the question "did it help?" about a resolved ticket. */
	record Rated(String ticketId, boolean helpful) implements HandOff {

		static final String THANKS_HELPFUL = "Dạ, cháu cảm ơn bác đã cho biết! Bác cần gì cứ nhắn cháu nhé.";

		static final String THANKS_NOT_HELPFUL = "Dạ, cháu xin lỗi vì chưa giúp được bác. Bác nhắn lại câu hỏi, cháu "
				+ "sẽ chuyển Đại sứ số hỗ trợ tiếp ạ.";

		@Override
		public boolean ticketed() {
			return false;
		}

		@Override
		public String words() {
			return this.helpful ? THANKS_HELPFUL : THANKS_NOT_HELPFUL;
		}

	}

}

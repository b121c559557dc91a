package vn.hocvuso.helpdesk.escalation;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

import vn.hocvuso.helpdesk.residents.Resident;
import vn.hocvuso.helpdesk.tickets.Ticket;
import vn.hocvuso.helpdesk.wards.Ward;

/**
 * Where a resident stands with the people behind the bot when their message arrives: what
 * the bot is waiting for from them, their open ticket or the one resolved a moment ago,
 * and the ward's groups. Read once per message by {@link Escalation#situation}.
 *
 * @param ticket the resident's open ticket, or the one resolved within
 * {@code reopen-within}; empty when neither
 */
public record Situation(Resident resident, @Nullable Ticket ticket, Ward ward) {

	/**
	 * What the message means before the bot answers: a rating, a residential group, or
	 * anything while a person owns the conversation. Empty: the bot answers it.
	 */
	public Optional<HandOff> before(String text) {
		return HandOffRules.before(this, text);
	}

	/**
	 * What the bot's answer means for a person.
	 * @param botFailed the bot handed the message over (unsure, out of scope, asked for a
	 * person, an urgent topic, a picture)
	 */
	public HandOff after(boolean botFailed) {
		return HandOffRules.after(this, botFailed);
	}

}

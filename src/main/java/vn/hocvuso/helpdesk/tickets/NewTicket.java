package vn.hocvuso.helpdesk.tickets;

import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.hocvuso.helpdesk.cases.SupportCase;
import vn.hocvuso.helpdesk.residents.Resident;

/**
 * A resident's message the bot could not settle, to become a ticket or join their open
 * one.
 *
 * @param botReply what the bot answered, if it did
 * @param guesses the bot's best topics for the message
 */
public record NewTicket(Resident resident, SupportCase supportCase, @Nullable String botReply,
		List<Ticket.Guess> guesses) {

	public NewTicket {
		guesses = List.copyOf(guesses);
	}

}

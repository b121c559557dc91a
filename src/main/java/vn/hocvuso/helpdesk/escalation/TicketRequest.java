package vn.hocvuso.helpdesk.escalation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.hocvuso.helpdesk.cases.SupportCase;
import vn.hocvuso.helpdesk.residents.Resident;
import vn.hocvuso.helpdesk.tickets.NewMessages;
import vn.hocvuso.helpdesk.tickets.NewTicket;
import vn.hocvuso.helpdesk.tickets.Ticket;

/**
 * A resident's message for a person: its case (the text already redacted), the bot's
 * reply if it gave one, and the bot's best guesses at the topic.
 */
record TicketRequest(Resident resident, SupportCase supportCase, @Nullable String botReply,
		List<Ticket.Guess> guesses) {

	TicketRequest {
		guesses = List.copyOf(guesses);
	}

	/** The message (and the bot's reply) as they join a ticket's conversation. */
	NewMessages messages() {
		return new NewMessages(entries(), this.supportCase.attachmentUrls());
	}

	/**
	 * A new ticket for the resident's group, urgent when {@code urgentReason} is given.
	 */
	NewTicket newTicket(@Nullable String urgentReason, Instant claimBy) {
		return new NewTicket(this.resident.id(), this.supportCase.channel(), this.resident.channelUserId(),
				this.resident.groupCode(), urgentReason, claimBy, this.supportCase.id(), this.guesses,
				this.supportCase.attachmentUrls(), entries());
	}

	private List<Ticket.Entry> entries() {
		List<Ticket.Entry> entries = new ArrayList<>();
		Instant at = this.supportCase.receivedAt();
		entries.add(Ticket.Entry.resident(at, this.supportCase.text(), this.supportCase.id()));
		if (this.botReply != null) {
			entries.add(Ticket.Entry.bot(at, this.botReply, this.supportCase.id()));
		}
		return entries;
	}

}

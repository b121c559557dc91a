package vn.hocvuso.helpdesk.tickets;

import java.util.List;

/**
 * A resident's new message for their ticket, with the bot's reply if it gave one, and the
 * attachments it carries.
 */
public record NewMessages(List<Ticket.Entry> entries, List<String> attachmentUrls) {

	public NewMessages {
		entries = List.copyOf(entries);
		attachmentUrls = List.copyOf(attachmentUrls);
	}

}

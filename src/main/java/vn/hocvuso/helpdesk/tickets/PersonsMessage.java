package vn.hocvuso.helpdesk.tickets;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import vn.hocvuso.helpdesk.shared.ChannelType;

/**
 * A person's message to a resident written outside the console (in the Zalo OA's own chat
 * tool), for the resident's ticket.
 *
 * @param groupCode the resident's residential group, for a ticket it opens
 * @param messageId the channel's id of the message; it is recorded once
 * @param text what the person wrote, as sent (the ticket keeps it redacted)
 * @param by who wrote it, as shown on the ticket
 */
public record PersonsMessage(String residentId, ChannelType channel, String channelUserId, @Nullable String groupCode,
		String messageId, String text, String by, Instant at) {

}

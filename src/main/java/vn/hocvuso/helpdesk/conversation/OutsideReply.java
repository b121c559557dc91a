package vn.hocvuso.helpdesk.conversation;

import java.time.Instant;

import vn.hocvuso.helpdesk.shared.ChannelType;

/**
 * A person's message to a resident written outside the console, in the channel's own chat
 * tool (the Zalo OA's), as the channel reports it.
 *
 * @param messageId the channel's id of the message; a repeated report is recorded once
 * @param text what the person wrote, as sent
 * @param by who wrote it, as shown on the ticket
 */
public record OutsideReply(ChannelType channel, String channelUserId, String messageId, String text, String by,
		Instant at) {

}

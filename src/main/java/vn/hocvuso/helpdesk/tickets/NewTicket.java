package vn.hocvuso.helpdesk.tickets;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import vn.hocvuso.helpdesk.shared.ChannelType;

/**
 * What a new ticket starts with.
 *
 * @param groupCode the resident's residential group; empty offers the ticket to the whole
 * ward
 * @param urgentReason why it is urgent; empty when it is not
 * @param claimBy when it goes to the whole ward if nobody has claimed it
 * @param firstCaseId the support case that opened it
 * @param guesses the bot's best topics for the first message
 * @param conversation the resident's message, and the bot's reply if it gave one
 */
public record NewTicket(String residentId, ChannelType channel, String channelUserId, @Nullable String groupCode,
		@Nullable String urgentReason, Instant claimBy, String firstCaseId, List<Ticket.Guess> guesses,
		List<String> attachmentUrls, List<Ticket.Entry> conversation) {

	public NewTicket {
		Objects.requireNonNull(residentId, "residentId");
		Objects.requireNonNull(firstCaseId, "firstCaseId");
		guesses = List.copyOf(guesses);
		attachmentUrls = List.copyOf(attachmentUrls);
		conversation = List.copyOf(conversation);
	}

}

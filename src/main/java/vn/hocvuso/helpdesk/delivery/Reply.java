package vn.hocvuso.helpdesk.delivery;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.hocvuso.helpdesk.shared.ChannelType;

/**
 * What the help desk sends back to a resident. Channels that have buttons show the quick
 * replies as buttons; others list them as text.
 *
 * @param id unique per reply, so a channel can tell replies it has shown from new ones
 * @param caseId the support case answered, or empty for a message that answers none (a
 * welcome)
 * @param inReplyTo the channel's id of the resident's message this answers, or empty;
 * Zalo counts a reply to a message as a free reply, not as a message the OA starts
 * @param heardAt when the resident last wrote, where the channel's reply window starts;
 * empty: when the reply is enqueued
 */
public record Reply(String id, ChannelType channel, String channelUserId, @Nullable String caseId, String text,
		List<QuickReply> quickReplies, @Nullable String inReplyTo, @Nullable Instant heardAt) {

	/** A reply that answers no particular message of the resident's. */
	public Reply(String id, ChannelType channel, String channelUserId, @Nullable String caseId, String text,
			List<QuickReply> quickReplies) {
		this(id, channel, channelUserId, caseId, text, quickReplies, null, null);
	}

	public Reply {
		quickReplies = List.copyOf(quickReplies);
		if (text.isBlank()) {
			throw new IllegalArgumentException("a reply needs text (case " + caseId + ")");
		}
	}

	/**
	 * A button the resident can tap instead of typing.
	 *
	 * @param label what the button shows
	 * @param payload what comes back as the resident's message when tapped
	 */
	public record QuickReply(String label, String payload) {

		public static QuickReply of(String label) {
			return new QuickReply(label, label);
		}

	}

}

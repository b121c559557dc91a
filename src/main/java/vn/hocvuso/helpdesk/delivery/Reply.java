package vn.hocvuso.helpdesk.delivery;

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
 */
public record Reply(String id, ChannelType channel, String channelUserId, @Nullable String caseId, String text,
		List<QuickReply> quickReplies) {

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

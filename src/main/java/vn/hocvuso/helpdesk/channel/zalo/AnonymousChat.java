package vn.hocvuso.helpdesk.channel.zalo;

import java.util.Optional;

/**
 * A person who writes to the OA without following it. Zalo gives them an anonymous id and
 * a conversation ({@code anonymous_send_*} events), and a reply is addressed to both
 * ({@code recipient.anonymous_id} and {@code conversation_id}). The help desk knows them
 * as one resident per conversation, under the id {@code anonymous:<id>:<conversation>}.
 */
record AnonymousChat(String anonymousId, String conversationId) {

	private static final String PREFIX = "anonymous:";

	/** The resident's id for this conversation; blank when Zalo left a part out. */
	static String id(String anonymousId, String conversationId) {
		if (anonymousId.isBlank() || conversationId.isBlank() || anonymousId.contains(":")) {
			return "";
		}
		return PREFIX + anonymousId + ":" + conversationId;
	}

	/** The conversation a resident's id names, if it is an anonymous one. */
	static Optional<AnonymousChat> of(String channelUserId) {
		if (!channelUserId.startsWith(PREFIX)) {
			return Optional.empty();
		}
		String rest = channelUserId.substring(PREFIX.length());
		int colon = rest.indexOf(':');
		return (colon > 0 && colon < rest.length() - 1)
				? Optional.of(new AnonymousChat(rest.substring(0, colon), rest.substring(colon + 1)))
				: Optional.empty();
	}

}

package vn.hocvuso.helpdesk.channel.webchat;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** The JSON shapes of the web chat API. */
final class WebChatApi {

	private WebChatApi() {
	}

	/**
	 * A resident's message.
	 *
	 * @param messageId optional; a retry with the same id is answered once
	 */
	record MessageRequest(@Nullable String sessionId, @Nullable String text, @Nullable String messageId) {
	}

	/**
	 * The bot's answer.
	 *
	 * @param reply empty when a person is answering the resident (their replies come
	 * later)
	 */
	record MessageResponse(@Nullable String reply, List<String> quickReplies, String caseId, @Nullable String replyId,
			String decision, @Nullable String topic, boolean duplicate) {
	}

}

package vn.hocvuso.helpdesk.channel.zalo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.hocvuso.helpdesk.delivery.MessageParts;
import vn.hocvuso.helpdesk.delivery.Reply;

/**
 * The Zalo customer-service messages one reply becomes: one message when the text fits in
 * Zalo's 2,000 characters, with the choices as buttons that send their words back
 * ({@code oa.query.show}, at most 5); more parts only for a longer text, the buttons on
 * the last. A reply to a resident's message is addressed to that message
 * ({@code recipient.message_id}), which Zalo counts as a reply rather than a message the
 * OA starts; otherwise to the resident ({@code recipient.user_id}); a person who does not
 * follow the OA, to their anonymous conversation. Shapes from Zalo's SDK, see
 * {@code docs/channels/zalo.md}.
 */
final class ZaloMessages {

	static final int MAX_TEXT = 2000;

	static final int MAX_BUTTONS = 5;

	static final int MAX_TITLE = 100;

	static final int MAX_PAYLOAD = 1000;

	private ZaloMessages() {
	}

	/** One message: its text and the buttons under it. */
	record Message(String text, List<Reply.QuickReply> buttons) {
	}

	static List<Message> of(Reply reply) {
		boolean asButtons = fitButtons(reply.quickReplies());
		List<String> texts = parts(asButtons ? reply.text() : withChoicesAsText(reply));
		List<Message> messages = new ArrayList<>();
		for (int i = 0; i < texts.size(); i++) {
			boolean last = i == texts.size() - 1;
			messages.add(new Message(texts.get(i), (asButtons && last) ? reply.quickReplies() : List.of()));
		}
		return messages;
	}

	/** The body of Zalo's send request for one message of this reply. */
	static Map<String, Object> body(Reply reply, Message message) {
		Map<String, Object> content = new LinkedHashMap<>();
		content.put("text", message.text());
		if (!message.buttons().isEmpty()) {
			List<Map<String, Object>> buttons = message.buttons()
				.stream()
				.map((button) -> Map.<String, Object>of("title", title(button.label()), "type", "oa.query.show",
						"payload", button.payload()))
				.toList();
			content.put("attachment", Map.of("type", "template", "payload", Map.of("buttons", buttons)));
		}
		return Map.of("recipient", recipient(reply), "message", content);
	}

	/**
	 * The resident's message the reply answers, else the resident; an anonymous person's
	 * conversation.
	 */
	private static Map<String, Object> recipient(Reply reply) {
		Optional<AnonymousChat> anonymous = AnonymousChat.of(reply.channelUserId());
		if (anonymous.isPresent()) {
			return Map.of("anonymous_id", anonymous.get().anonymousId(), "conversation_id",
					anonymous.get().conversationId());
		}
		String inReplyTo = reply.inReplyTo();
		return (inReplyTo != null && !inReplyTo.isBlank()) ? Map.of("message_id", inReplyTo)
				: Map.of("user_id", reply.channelUserId());
	}

	static List<String> parts(String text) {
		return MessageParts.split(text, MAX_TEXT);
	}

	/** Choices Zalo cannot show as buttons (too many, too long) become lines to copy. */
	private static String withChoicesAsText(Reply reply) {
		if (reply.quickReplies().isEmpty()) {
			return reply.text();
		}
		StringBuilder text = new StringBuilder(reply.text()).append("\n\nBác có thể nhắn một trong các mục:");
		for (Reply.QuickReply choice : reply.quickReplies()) {
			text.append("\n• ").append(choice.label());
		}
		return text.toString();
	}

	private static boolean fitButtons(List<Reply.QuickReply> choices) {
		return !choices.isEmpty() && choices.size() <= MAX_BUTTONS
				&& choices.stream()
					.allMatch((choice) -> !choice.label().isBlank() && !choice.payload().isBlank()
							&& choice.payload().length() <= MAX_PAYLOAD);
	}

	private static String title(String label) {
		return MessageParts.shortened(label, MAX_TITLE);
	}

}

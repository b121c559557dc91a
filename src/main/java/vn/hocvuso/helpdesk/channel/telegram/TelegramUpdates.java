package vn.hocvuso.helpdesk.channel.telegram;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

import vn.hocvuso.helpdesk.conversation.InboundMessage;
import vn.hocvuso.helpdesk.shared.ChannelType;
import vn.hocvuso.helpdesk.shared.ProviderTime;

/**
 * Reads Telegram updates. Ids are JSON numbers that may not fit a double (group chat ids
 * are large negatives), so they are read as the exact digits of the number node.
 */
final class TelegramUpdates {

	private static final Pattern INTEGER = Pattern.compile("-?\\d{1,40}");

	private static final Pattern START = Pattern.compile("/start(@\\w+)?(\\s.*)?", Pattern.DOTALL);

	/** Telegram's content fields and the attachment types the conversation knows. */
	private static final Map<String, String> CONTENT = Map.ofEntries(Map.entry("photo", "image"),
			Map.entry("document", "document"), Map.entry("voice", "voice"), Map.entry("audio", "audio"),
			Map.entry("video", "video"), Map.entry("video_note", "video"), Map.entry("animation", "gif"),
			Map.entry("sticker", "sticker"), Map.entry("location", "location"), Map.entry("contact", "contact"),
			Map.entry("poll", "poll"), Map.entry("dice", "dice"), Map.entry("story", "story"));

	private TelegramUpdates() {
	}

	/** The update's id as exact digits, or empty when it has none. */
	static String updateId(JsonNode update) {
		return id(update.path("update_id"));
	}

	/** A Telegram id, exact: an integral number node's digits, or empty. */
	static String id(JsonNode node) {
		if (node.isIntegralNumber()) {
			return node.bigIntegerValue().toString();
		}
		return (node.isString() && INTEGER.matcher(node.asString()).matches()) ? node.asString() : "";
	}

	/** Which kind of update this is: the one field beside {@code update_id}. */
	static String kind(JsonNode update) {
		return update.propertyNames().stream().filter((name) -> !name.equals("update_id")).findFirst().orElse("");
	}

	static boolean isStart(JsonNode message) {
		return START.matcher(message.path("text").asString("")).matches();
	}

	/**
	 * A resident's message, or empty for service messages (members joining, pins) that
	 * carry nothing to answer.
	 */
	static Optional<InboundMessage> message(JsonNode message, String chatId, String updateId, Instant fallback) {
		String text = message.path("text").asString(message.path("caption").asString(""));
		List<InboundMessage.Attachment> attachments = attachments(message);
		if (text.isBlank() && attachments.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new InboundMessage(ChannelType.TELEGRAM, chatId, updateId, text, attachments,
				time(message.path("date"), fallback)));
	}

	private static List<InboundMessage.Attachment> attachments(JsonNode message) {
		List<InboundMessage.Attachment> attachments = new ArrayList<>();
		for (String field : message.propertyNames()) {
			String type = CONTENT.get(field);
			// An animation also comes as a document; the animation says what it is.
			boolean gifAsDocument = field.equals("document") && message.has("animation");
			if (type != null && !gifAsDocument) {
				JsonNode content = message.path(field);
				attachments.add(field.equals("location")
						? InboundMessage.Attachment.location(content.path("latitude").asString(""),
								content.path("longitude").asString(""))
						: new InboundMessage.Attachment(type, url(content)));
			}
		}
		return attachments;
	}

	/**
	 * Where a person finds the content: {@code tg-file:<file_id>} for files (the largest
	 * size of a photo), empty otherwise.
	 */
	private static String url(JsonNode content) {
		JsonNode file = content.isArray() ? content.path(content.size() - 1) : content;
		String fileId = file.path("file_id").asString("");
		return fileId.isEmpty() ? "" : "tg-file:" + fileId;
	}

	private static Instant time(JsonNode date, Instant now) {
		return date.isIntegralNumber() ? ProviderTime.of(date.bigIntegerValue().toString(), ChronoUnit.SECONDS, now)
				: now;
	}

}

package vn.hocvuso.helpdesk.channel.messenger;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

import vn.hocvuso.helpdesk.conversation.InboundMessage;
import vn.hocvuso.helpdesk.shared.ChannelType;
import vn.hocvuso.helpdesk.shared.ProviderTime;

/**
 * Reads one Messenger messaging item (one element of {@code entry[].messaging}). Ids are
 * always read as text, never as numbers, so ids above 2^53 stay exact.
 */
final class MessengerEvents {

	private MessengerEvents() {
	}

	/**
	 * The message id (Meta repeats it when it redelivers), else the postback's id, else
	 * the sender and the item's time.
	 */
	static String eventId(JsonNode item) {
		String mid = item.path("message").path("mid").asString("");
		if (mid.isBlank()) {
			mid = item.path("postback").path("mid").asString("");
		}
		return mid.isBlank() ? senderId(item) + ":" + timestamp(item) : mid;
	}

	static String senderId(JsonNode item) {
		return item.path("sender").path("id").asString("");
	}

	/**
	 * What the resident said, or empty for an item that is not a resident's message
	 * (echoes, receipts, anything unknown).
	 */
	static Optional<InboundMessage> message(JsonNode item, Instant fallbackTime) {
		String sender = senderId(item);
		if (sender.isBlank() || item.path("message").path("is_echo").asBoolean(false)) {
			return Optional.empty();
		}
		Instant time = time(item, fallbackTime);
		if (item.path("postback").isObject()) {
			JsonNode postback = item.path("postback");
			String text = firstNonBlank(postback.path("payload"), postback.path("title"));
			return text.isBlank() ? Optional.empty()
					: Optional.of(InboundMessage.text(ChannelType.MESSENGER, sender, eventId(item), text, time));
		}
		JsonNode message = item.path("message");
		String mid = message.path("mid").asString("");
		String text = firstNonBlank(message.path("quick_reply").path("payload"), message.path("text"));
		List<InboundMessage.Attachment> attachments = attachments(message);
		if (mid.isBlank() || (text.isBlank() && attachments.isEmpty())) {
			return Optional.empty();
		}
		return Optional.of(new InboundMessage(ChannelType.MESSENGER, sender, mid, text, attachments, time));
	}

	/** The name an item is counted under when it is skipped. */
	static String skipped(JsonNode item) {
		if (item.path("message").path("is_echo").asBoolean(false)) {
			return "echo";
		}
		if (item.has("delivery")) {
			return "delivery";
		}
		return item.has("read") ? "read" : "unknown";
	}

	/**
	 * Pictures, files, voice, video and locations, each with its link when it has one. A
	 * sticker (the thumbs-up included) arrives as an image with a {@code sticker_id}: it
	 * is named a sticker so it is not sent to a person as a picture.
	 */
	private static List<InboundMessage.Attachment> attachments(JsonNode message) {
		boolean sticker = !message.path("sticker_id").asString("").isEmpty();
		List<InboundMessage.Attachment> attachments = new ArrayList<>();
		for (JsonNode attachment : message.path("attachments")) {
			String type = sticker ? "sticker" : attachment.path("type").asString("unknown");
			JsonNode payload = attachment.path("payload");
			attachments.add(type.equals("location")
					? InboundMessage.Attachment.location(payload.path("coordinates").path("lat").asString(""),
							payload.path("coordinates").path("long").asString(""))
					: new InboundMessage.Attachment(type, payload.path("url").asString("")));
		}
		return attachments;
	}

	/**
	 * The item's time: its {@code timestamp}, or for a delivery receipt (which has none)
	 * its watermark.
	 */
	private static String timestamp(JsonNode item) {
		String timestamp = item.path("timestamp").asString("");
		if (timestamp.isEmpty()) {
			timestamp = item.path("delivery").path("watermark").asString("");
		}
		return timestamp.isEmpty() ? item.path("read").path("watermark").asString("") : timestamp;
	}

	private static String firstNonBlank(JsonNode preferred, JsonNode fallback) {
		String text = preferred.asString("");
		return text.isBlank() ? fallback.asString("") : text;
	}

	private static Instant time(JsonNode item, Instant now) {
		return ProviderTime.of(item.path("timestamp").asString(""), ChronoUnit.MILLIS, now);
	}

}

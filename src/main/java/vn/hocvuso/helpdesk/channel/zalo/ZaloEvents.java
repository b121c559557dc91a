package vn.hocvuso.helpdesk.channel.zalo;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

import vn.hocvuso.helpdesk.conversation.InboundMessage;
import vn.hocvuso.helpdesk.shared.ChannelType;
import vn.hocvuso.helpdesk.shared.ProviderTime;

/**
 * Reads Zalo webhook events. Ids are numeric strings above 2^53, so they are always read
 * as text, never as numbers.
 */
final class ZaloEvents {

	private ZaloEvents() {
	}

	/**
	 * The message id when there is one (retries repeat it), else a key made of the
	 * event's own fields.
	 */
	static String eventId(JsonNode event) {
		String messageId = event.path("message").path("msg_id").asString("");
		if (!messageId.isBlank()) {
			return messageId;
		}
		return name(event) + ":" + userId(event) + ":" + event.path("timestamp").asString("");
	}

	static String name(JsonNode event) {
		return event.path("event_name").asString("");
	}

	/**
	 * The resident: the sender of a message, or the follower of a follow/unfollow event;
	 * a person who does not follow the OA is their anonymous conversation.
	 */
	static String userId(JsonNode event) {
		String sender = event.path("sender").path("id").asString("");
		if (name(event).startsWith("anonymous_send_")) {
			return AnonymousChat.id(sender, conversationId(event));
		}
		return sender.isBlank() ? event.path("follower").path("id").asString("") : sender;
	}

	/**
	 * A message a person sent to a resident from the OA's own chat tool: Zalo names the
	 * admin who wrote it. The OA's messages sent through the API (the bot's) carry no
	 * admin id.
	 */
	static boolean isPersonsMessage(JsonNode event) {
		return name(event).startsWith("oa_send_") && !event.path("sender").path("admin_id").asString("").isBlank()
				&& !recipientId(event).isBlank() && !event.path("message").path("msg_id").asString("").isBlank();
	}

	/** Whom the OA wrote to, in a message the OA sent. */
	static String recipientId(JsonNode event) {
		String recipient = event.path("recipient").path("id").asString("");
		return name(event).startsWith("oa_send_anonymous_") ? AnonymousChat.id(recipient, conversationId(event))
				: recipient;
	}

	/**
	 * What a person wrote from the OA's chat tool; a picture, file or sticker is named.
	 */
	static String personsText(JsonNode event) {
		String text = event.path("message").path("text").asString("").strip();
		if (!text.isEmpty()) {
			return text;
		}
		String name = name(event);
		String kind = name.substring(name.lastIndexOf('_') + 1);
		return "(đã gửi " + switch (kind) {
			case "image", "gif" -> "ảnh";
			case "file" -> "tệp";
			case "sticker" -> "nhãn dán";
			default -> "tin " + kind;
		} + ")";
	}

	private static String conversationId(JsonNode event) {
		return event.path("message").path("conversation_id").asString("");
	}

	static InboundMessage message(JsonNode event, Instant fallbackTime) {
		JsonNode message = event.path("message");
		List<InboundMessage.Attachment> attachments = new ArrayList<>();
		for (JsonNode attachment : message.path("attachments")) {
			JsonNode payload = attachment.path("payload");
			String type = attachment.path("type").asString("unknown");
			if (type.equals("location")) {
				JsonNode place = payload.path("coordinates");
				attachments.add(InboundMessage.Attachment.location(place.path("latitude").asString(""),
						place.path("longitude").asString("")));
				continue;
			}
			String url = payload.path("url").asString(payload.path("thumbnail").asString(""));
			attachments.add(new InboundMessage.Attachment(type, url));
		}
		String type = name(event).substring(name(event).indexOf("_send_") + "_send_".length());
		if (attachments.isEmpty() && !type.equals("text")) {
			attachments.add(new InboundMessage.Attachment(type, ""));
		}
		return new InboundMessage(ChannelType.ZALO, userId(event), message.path("msg_id").asString(""),
				message.path("text").asString(""), attachments, time(event, fallbackTime));
	}

	static Instant time(JsonNode event, Instant now) {
		return ProviderTime.of(event.path("timestamp").asString(""), ChronoUnit.MILLIS, now);
	}

}

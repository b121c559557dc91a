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
	 * The resident: the sender of a message, or the follower of a follow/unfollow event.
	 */
	static String userId(JsonNode event) {
		String sender = event.path("sender").path("id").asString("");
		return sender.isBlank() ? event.path("follower").path("id").asString("") : sender;
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
		String type = name(event).substring("user_send_".length());
		if (attachments.isEmpty() && !type.equals("text")) {
			attachments.add(new InboundMessage.Attachment(type, ""));
		}
		return new InboundMessage(ChannelType.ZALO, userId(event), message.path("msg_id").asString(""),
				message.path("text").asString(""), attachments, time(event, fallbackTime));
	}

	private static Instant time(JsonNode event, Instant now) {
		return ProviderTime.of(event.path("timestamp").asString(""), ChronoUnit.MILLIS, now);
	}

}

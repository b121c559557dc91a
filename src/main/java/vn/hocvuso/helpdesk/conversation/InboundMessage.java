package vn.hocvuso.helpdesk.conversation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import vn.hocvuso.helpdesk.shared.ChannelType;

/**
 * One message from a resident, the same shape whichever channel it came through.
 *
 * @param channelUserId who sent it, as the channel knows them
 * @param messageId the channel's id for the message; a redelivery carries the same id
 * @param text what the resident typed, possibly empty when only attachments came
 */
public record InboundMessage(ChannelType channel, String channelUserId, String messageId, String text,
		List<Attachment> attachments, Instant receivedAt) {

	public InboundMessage {
		Objects.requireNonNull(channel, "channel");
		Objects.requireNonNull(receivedAt, "receivedAt");
		Objects.requireNonNull(text, "text");
		attachments = List.copyOf(attachments);
		if (channelUserId == null || channelUserId.isBlank()) {
			throw new IllegalArgumentException("an inbound message needs the sender's channel user id");
		}
		if (messageId == null || messageId.isBlank()) {
			throw new IllegalArgumentException("an inbound message needs a message id");
		}
	}

	public static InboundMessage text(ChannelType channel, String channelUserId, String messageId, String text,
			Instant receivedAt) {
		return new InboundMessage(channel, channelUserId, messageId, text, List.of(), receivedAt);
	}

	/**
	 * A file, picture or other non-text part of a message.
	 *
	 * @param type the channel's kind of attachment, such as {@code image} or {@code file}
	 */
	public record Attachment(String type, String url) {
	}

}

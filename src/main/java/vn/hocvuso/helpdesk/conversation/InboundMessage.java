package vn.hocvuso.helpdesk.conversation;

import java.math.BigDecimal;
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

		static final String LOCATION = "location";

		/**
		 * A shared place, as a map link a person can open on a phone or a laptop; no link
		 * when the coordinates are not a place on Earth.
		 */
		public static Attachment location(String latitude, String longitude) {
			try {
				BigDecimal lat = new BigDecimal(latitude.strip());
				BigDecimal lon = new BigDecimal(longitude.strip());
				boolean onEarth = lat.abs().compareTo(BigDecimal.valueOf(90)) <= 0
						&& lon.abs().compareTo(BigDecimal.valueOf(180)) <= 0;
				return new Attachment(LOCATION, onEarth ? "https://www.google.com/maps/search/?api=1&query="
						+ lat.toPlainString() + "," + lon.toPlainString() : "");
			}
			catch (NumberFormatException ex) {
				return new Attachment(LOCATION, "");
			}
		}

		boolean isPlace() {
			return LOCATION.equals(this.type) && !this.url.isEmpty();
		}

	}

}

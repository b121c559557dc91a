package vn.hocvuso.helpdesk.inbox;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import vn.hocvuso.helpdesk.shared.ChannelType;

/**
 * One verified webhook event of a channel, as accepted.
 *
 * @param id the channel and the provider's event id, unique in the inbox
 * @param channel where it came from
 * @param payload the event as the provider sent it, sealed ({@code PersonalDataCipher})
 * @param receivedAt when it was accepted
 */
record InboxEvent(String id, ChannelType channel, String payload, Instant receivedAt) {

	/** The event as one journal record. */
	byte[] toRecord() {
		byte[][] texts = { this.id.getBytes(StandardCharsets.UTF_8), this.channel.id().getBytes(StandardCharsets.UTF_8),
				this.payload.getBytes(StandardCharsets.UTF_8) };
		int length = Long.BYTES;
		for (byte[] text : texts) {
			length += Integer.BYTES + text.length;
		}
		ByteBuffer record = ByteBuffer.allocate(length).putLong(this.receivedAt.toEpochMilli());
		for (byte[] text : texts) {
			record.putInt(text.length).put(text);
		}
		return record.array();
	}

	static InboxEvent fromRecord(byte[] bytes) {
		ByteBuffer record = ByteBuffer.wrap(bytes);
		Instant receivedAt = Instant.ofEpochMilli(record.getLong());
		String id = text(record);
		ChannelType channel = ChannelType.fromId(text(record));
		return new InboxEvent(id, channel, text(record), receivedAt);
	}

	private static String text(ByteBuffer record) {
		byte[] text = new byte[record.getInt()];
		record.get(text);
		return new String(text, StandardCharsets.UTF_8);
	}

}

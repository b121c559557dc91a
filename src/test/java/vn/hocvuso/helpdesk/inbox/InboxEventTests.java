package vn.hocvuso.helpdesk.inbox;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import vn.hocvuso.helpdesk.shared.ChannelType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class InboxEventTests {

	@Test
	void aJournalRecordGivesBackTheSameEvent() {
		InboxEvent event = new InboxEvent("zalo:9007199254740993", ChannelType.ZALO,
				"{\"message\":{\"text\":\"quên mật khẩu VNeID 🙏\"}}", Instant.parse("2026-11-22T09:30:00.123Z"));

		assertThat(InboxEvent.fromRecord(event.toRecord())).isEqualTo(event);
	}

	@Test
	void aRecordOfAnUnknownChannelIsRefusedRatherThanMisread() {
		InboxEvent event = new InboxEvent("zalo:1", ChannelType.ZALO, "{}", Instant.EPOCH);
		byte[] record = event.toRecord();
		// The channel id "zalo" follows the timestamp and the event id.
		int channelAt = Long.BYTES + Integer.BYTES + "zalo:1".length() + Integer.BYTES;
		record[channelAt] = 'x';

		assertThatIllegalArgumentException().isThrownBy(() -> InboxEvent.fromRecord(record));
	}

}

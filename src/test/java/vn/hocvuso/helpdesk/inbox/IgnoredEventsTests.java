package vn.hocvuso.helpdesk.inbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import vn.hocvuso.helpdesk.shared.ChannelType;

import static org.assertj.core.api.Assertions.assertThat;

/** The count of events the help desk does not act on, by channel and event. */
class IgnoredEventsTests {

	private final MeterRegistry meters = new SimpleMeterRegistry();

	private final IgnoredEvents ignored = new IgnoredEvents(this.meters);

	@Test
	void anExpectedSkipIsCountedUnderItsKindAndAnUnexpectedOneAsUnknown() {
		this.ignored.skipped(ChannelType.ZALO, new EventOutcome.Skipped("oa_send_text", true));
		this.ignored.skipped(ChannelType.ZALO, new EventOutcome.Skipped("user_sent_hologram", false));

		assertThat(ignored("zalo", "oa_send_text")).isEqualTo(1);
		assertThat(ignored("zalo", "unknown")).isEqualTo(1);
		assertThat(ignored("zalo", "user_sent_hologram")).isZero();
	}

	@Test
	void aPartSkippedOnArrivalIsCountedUnderItsTag() {
		this.ignored.count(ChannelType.MESSENGER, "not_page");

		assertThat(ignored("messenger", "not_page")).isEqualTo(1);
	}

	private double ignored(String channel, String event) {
		Counter counter = this.meters.find("helpdesk.webhooks.ignored")
			.tags("channel", channel, "event", event)
			.counter();
		return (counter != null) ? counter.count() : 0;
	}

}

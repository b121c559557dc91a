package vn.hocvuso.helpdesk.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import vn.hocvuso.helpdesk.metrics.MeterNames;
import vn.hocvuso.helpdesk.shared.ChannelType;

/**
 * Webhook events the help desk does not act on, counted under
 * {@code helpdesk.webhooks.ignored} by channel and event: parts of a body skipped on
 * arrival, and stored events a handler skipped. A skipped event of a kind the channel
 * does not expect is also logged, so a new kind from a provider gets noticed.
 */
@Component
class IgnoredEvents {

	private static final Logger log = LoggerFactory.getLogger(IgnoredEvents.class);

	private final MeterRegistry meters;

	IgnoredEvents(MeterRegistry meters) {
		this.meters = meters;
	}

	void skipped(ChannelType channel, EventOutcome.Skipped skipped) {
		if (!skipped.expected()) {
			log.info("Skipping a {} event the help desk does not handle: '{}'", channel.label(), skipped.kind());
		}
		count(channel, skipped.tag());
	}

	void count(ChannelType channel, String event) {
		this.meters.counter(MeterNames.WEBHOOK_IGNORED, MeterNames.CHANNEL, channel.id(), MeterNames.EVENT, event)
			.increment();
	}

}

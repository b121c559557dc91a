package vn.hocvuso.helpdesk.inbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How accepted webhook events are processed.
 *
 * @param sweepInterval how often to look for accepted events nobody finished (after a
 * crash or a failure)
 * @param lease how long one instance may work on an event before another may take it
 * @param concurrency how many events are processed at once; more wait in the inbox, so a
 * burst is acknowledged quickly and answered in turn
 * @param journalInterval on the embedded file store, how often events acknowledged from
 * its journal are moved into the store and processed
 */
@ConfigurationProperties("helpdesk.inbox")
public record InboxProperties(@DefaultValue("10s") Duration sweepInterval, @DefaultValue("30s") Duration lease,
		@DefaultValue("1") int concurrency, @DefaultValue("100ms") Duration journalInterval) {
}

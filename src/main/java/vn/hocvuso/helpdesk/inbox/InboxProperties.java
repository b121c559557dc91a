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
 * @param eventTimeout how long one attempt at one event may take before it counts as
 * failed (and is tried again later), so one event can never hold up the others
 * @param stallAfter health turns DOWN when events wait and no attempt started or ended
 * for this long, or the sweep has not finished a pass for this long
 * @param keepEnded how long a processed or dismissed event (its id, times and hash) is
 * kept, so a provider's late retry is still recognised; then it is removed
 */
@ConfigurationProperties("helpdesk.inbox")
public record InboxProperties(@DefaultValue("10s") Duration sweepInterval, @DefaultValue("30s") Duration lease,
		@DefaultValue("1") int concurrency, @DefaultValue("100ms") Duration journalInterval,
		@DefaultValue("60s") Duration eventTimeout, @DefaultValue("2m") Duration stallAfter,
		@DefaultValue("30d") Duration keepEnded) {
}

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
 */
@ConfigurationProperties("helpdesk.inbox")
public record InboxProperties(@DefaultValue("10s") Duration sweepInterval, @DefaultValue("30s") Duration lease) {
}

package vn.hocvuso.helpdesk.delivery;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox delivers replies.
 *
 * @param pollInterval how often the outbox looks for replies due (new ones are tried at
 * once as well)
 * @param lease how long a claimed reply is reserved for one sender before another
 * instance may take it over
 * @param firstBackoff the wait after the first passing failure; doubles each time
 * @param maxBackoff the longest wait between attempts
 * @param unrecognisedAttempts how many times a reply the provider refused with a code we
 * do not know is tried before a person is asked to reach the resident
 * @param keepDone how long a sent reply stays in the outbox; then it is removed (the case
 * and the ticket keep what was answered)
 */
@ConfigurationProperties("helpdesk.delivery")
public record DeliveryProperties(@DefaultValue("1s") Duration pollInterval, @DefaultValue("30s") Duration lease,
		@DefaultValue("1s") Duration firstBackoff, @DefaultValue("5m") Duration maxBackoff,
		@DefaultValue("30d") Duration keepDone, @DefaultValue("3") int unrecognisedAttempts) {
}

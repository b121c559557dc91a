package vn.hocvuso.helpdesk.tickets;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How tickets are routed.
 *
 * @param claimWithin a new ticket is offered to the resident's group for this long, then
 * to the whole ward
 * @param urgentClaimWithin the same for urgent tickets (scams, repeated failures)
 * @param reopenWithin a resident who writes again this soon after resolution reopens the
 * ticket
 * @param checkEvery how often overdue tickets are looked for
 * @param consoleUrl the console's public address, for links in Zalo notifications; empty
 * sends no link
 */
@ConfigurationProperties("helpdesk.tickets")
public record TicketProperties(@DefaultValue("15m") Duration claimWithin,
		@DefaultValue("5m") Duration urgentClaimWithin, @DefaultValue("24h") Duration reopenWithin,
		@DefaultValue("30s") Duration checkEvery, @DefaultValue("") String consoleUrl) {
}

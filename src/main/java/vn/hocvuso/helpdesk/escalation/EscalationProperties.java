package vn.hocvuso.helpdesk.escalation;

import java.time.Duration;
import java.time.Instant;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When a person takes over from the bot, and how fast: every setting of the hand-off.
 *
 * @param answerThreshold the bot answers only when its top topic is at least this
 * confident; below it, a person takes over (unless the clarify rule applies)
 * @param answerMargin and at least this far ahead of the second topic
 * @param clarifyThreshold otherwise, if the top two topics together reach this, the bot
 * asks which one the resident means instead of handing over
 * @param guessThreshold the bot's topics at least this confident are shown on a ticket as
 * guesses (three at most)
 * @param claimWithin a new ticket is offered to the resident's group for this long, then
 * to the whole ward (the SLA)
 * @param urgentClaimWithin the same for urgent tickets (scams, repeated failures,
 * reopened tickets, replies that could not be delivered)
 * @param reopenWithin a resident who writes again this soon after resolution reopens the
 * ticket
 * @param checkEvery how often overdue tickets are looked for
 * @param consoleUrl the console's public address, for links in ambassadors' Zalo notices;
 * empty sends no link
 */
@ConfigurationProperties("helpdesk.escalation")
public record EscalationProperties(@DefaultValue("0.92") double answerThreshold,
		@DefaultValue("0.1") double answerMargin, @DefaultValue("0.6") double clarifyThreshold,
		@DefaultValue("0.05") double guessThreshold, @DefaultValue("15m") Duration claimWithin,
		@DefaultValue("5m") Duration urgentClaimWithin, @DefaultValue("24h") Duration reopenWithin,
		@DefaultValue("30s") Duration checkEvery, @DefaultValue("") String consoleUrl) {

	/** By when a ticket opened (or made urgent) at {@code from} must be claimed. */
	Instant claimBy(Instant from, boolean urgent) {
		return from.plus(urgent ? this.urgentClaimWithin : this.claimWithin);
	}

}

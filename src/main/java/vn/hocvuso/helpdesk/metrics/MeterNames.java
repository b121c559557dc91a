package vn.hocvuso.helpdesk.metrics;

/**
 * Names of the help desk's meters and their tags. Tags are low-cardinality only (channel,
 * decision, topic): never a user id or a message text.
 */
public final class MeterNames {

	public static final String MESSAGES_RECEIVED = "helpdesk.messages.received";

	public static final String DECISIONS = "helpdesk.decisions";

	/**
	 * Outbox send attempts by channel and outcome (sent, retry, failed, undeliverable).
	 */
	public static final String OUTBOX_SENDS = "helpdesk.outbox.sends";

	/**
	 * Webhook events by channel and outcome (accepted, duplicate, processed, retry,
	 * failed).
	 */
	public static final String INBOX_EVENTS = "helpdesk.inbox.events";

	/** Webhook requests refused or skipped, by channel and reason. */
	public static final String WEBHOOK_REJECTED = "helpdesk.webhooks.rejected";

	/**
	 * Webhook events accepted but not for the bot (echoes, receipts, unknown names), by
	 * channel and event.
	 */
	public static final String WEBHOOK_IGNORED = "helpdesk.webhooks.ignored";

	/**
	 * Ticket changes by kind (opened, claimed, answered, released, resolved, reopened,
	 * overdue).
	 */
	public static final String TICKET_EVENTS = "helpdesk.tickets.events";

	/** Time from a ticket's opening to its claim, by priority. */
	public static final String TICKET_CLAIM_TIME = "helpdesk.tickets.claim.time";

	/** Time from a ticket's opening to its resolution, by priority. */
	public static final String TICKET_RESOLVE_TIME = "helpdesk.tickets.resolve.time";

	public static final String KIND = "kind";

	public static final String PRIORITY = "priority";

	public static final String CHANNEL = "channel";

	public static final String OUTCOME = "outcome";

	public static final String REASON = "reason";

	public static final String EVENT = "event";

	public static final String DECISION = "decision";

	public static final String TOPIC = "topic";

	private MeterNames() {
	}

}

package vn.hocvuso.helpdesk.metrics;

/**
 * The catalogue of the help desk's meters and their tags. Tags are low-cardinality only
 * (channel, topic, decision, outcome, status, priority, cache name): never a user id or a
 * message text. Prometheus shows a name with dots as underscores, counters with
 * {@code _total} and timers with {@code _seconds}; the Grafana dashboard in
 * {@code docs/ops/grafana/} relies on these names.
 */
public final class MeterNames {

	/** Messages from residents, by channel. */
	public static final String MESSAGES_RECEIVED = "helpdesk.messages.received";

	/**
	 * What the bot decided, by channel, decision (answer, clarify, escalate) and topic.
	 */
	public static final String DECISIONS = "helpdesk.decisions";

	/** Normalising and classifying one message (a cached prediction is fast). */
	public static final String CLASSIFICATION_DURATION = "helpdesk.classification.duration";

	/**
	 * One turn, from a message reaching the conversation to its case and reply being
	 * stored, by channel and decision.
	 */
	public static final String PIPELINE_DURATION = "helpdesk.pipeline.duration";

	/** From a reply entering the outbox to the provider accepting it, by channel. */
	public static final String DELIVERY_DURATION = "helpdesk.outbox.delivery.duration";

	/**
	 * From a provider accepting one part of a reply to that being on disk, by channel: a
	 * crash inside it sends that part again after the restart.
	 */
	public static final String PART_RECORDING = "helpdesk.outbox.part.recording";

	/**
	 * 1 while a channel waits for staff (a token to renew, an OA package to extend), else
	 * 0; by channel.
	 */
	public static final String CHANNEL_NEEDS_STAFF = "helpdesk.channel.needs.staff";

	/**
	 * Messages the providers accepted, by channel: divided by the replies sent
	 * ({@link #OUTBOX_SENDS} with outcome {@code sent}) it gives the messages per answer
	 * (goal 1.0: long texts split in parts raise it).
	 */
	public static final String PROVIDER_MESSAGES = "helpdesk.outbox.provider.messages";

	/** Replies in the outbox not yet sent, by status (pending, sending). */
	public static final String OUTBOX_DEPTH = "helpdesk.outbox.depth";

	/** How long the oldest reply not yet sent has waited, in seconds. */
	public static final String OUTBOX_OLDEST_AGE = "helpdesk.outbox.oldest.age";

	/**
	 * Outbox send attempts by channel and outcome (sent, retry, failed, undeliverable).
	 */
	public static final String OUTBOX_SENDS = "helpdesk.outbox.sends";

	/**
	 * Replies another instance claimed while this one sent them (its lease ran out): this
	 * one stopped and recorded nothing.
	 */
	public static final String OUTBOX_TAKEN_OVER = "helpdesk.outbox.taken.over";

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
	 * Look-ups of the name a resident shows on their channel, by channel and outcome
	 * ({@code named}, {@code unnamed}, {@code failed}).
	 */
	public static final String PROFILE_LOOKUPS = "helpdesk.channel.profile.lookups";

	/**
	 * Ticket changes by kind (opened, claimed, answered, released, resolved, reopened,
	 * overdue).
	 */
	public static final String TICKET_EVENTS = "helpdesk.tickets.events";

	/** Time from a ticket's opening to its claim, by priority. */
	public static final String TICKET_CLAIM_TIME = "helpdesk.tickets.claim.time";

	/** Time from a ticket's opening to its resolution, by priority. */
	public static final String TICKET_RESOLVE_TIME = "helpdesk.tickets.resolve.time";

	/**
	 * Tickets waiting to be claimed now, by priority (urgent, normal): read from a
	 * counter kept as tickets change, never a count of the tickets.
	 */
	public static final String TICKET_QUEUE_DEPTH = "helpdesk.tickets.queue.depth";

	public static final String KIND = "kind";

	public static final String PRIORITY = "priority";

	/**
	 * Case changes whose indicator counters could not be updated; the
	 * {@code rebuild-indicators} command repairs them.
	 */
	public static final String INDICATOR_FAILURES = "helpdesk.indicators.failures";

	/**
	 * Caffeine cache statistics use Micrometer's names ({@code cache.gets},
	 * {@code cache.size}, {@code cache.evictions}, ...) with this tag naming the cache.
	 */
	public static final String CACHE = "cache";

	public static final String CHANNEL = "channel";

	public static final String OUTCOME = "outcome";

	public static final String REASON = "reason";

	public static final String EVENT = "event";

	public static final String DECISION = "decision";

	public static final String TOPIC = "topic";

	public static final String STATUS = "status";

	private MeterNames() {
	}

}

package vn.hocvuso.helpdesk.metrics;

/**
 * Names of the help desk's meters and their tags. Tags are low-cardinality only (channel,
 * decision, topic): never a user id or a message text.
 */
public final class MeterNames {

	public static final String MESSAGES_RECEIVED = "helpdesk.messages.received";

	public static final String DECISIONS = "helpdesk.decisions";

	public static final String CHANNEL = "channel";

	public static final String DECISION = "decision";

	public static final String TOPIC = "topic";

	private MeterNames() {
	}

}

package vn.hocvuso.helpdesk.inbox;

/**
 * What a channel's handler made of one stored event: work for the help desk, or a skip.
 * Handlers only say which; the inbox logs a skip of an unexpected kind and counts every
 * skip under {@code helpdesk.webhooks.ignored}, for all channels in one place.
 */
public sealed interface EventOutcome permits EventOutcome.Handled, EventOutcome.Skipped {

	/** The event became work: a message for the conversation, a welcome, a note. */
	static EventOutcome handled() {
		return new Handled();
	}

	/**
	 * The event is not for the help desk.
	 * @param kind what it was, such as {@code oa_send_text}
	 * @param expected whether the channel sees such events in normal use
	 */
	static EventOutcome skipped(String kind, boolean expected) {
		return new Skipped(kind, expected);
	}

	/** The event became work for the help desk. */
	record Handled() implements EventOutcome {
	}

	/**
	 * An event the help desk does not act on.
	 *
	 * @param kind what the event was (an event name, an update's field); for an
	 * unexpected one, whatever helps a person recognise it in the log
	 * @param expected whether the channel sees such events in normal use (echoes,
	 * receipts); an unexpected one is logged and counted as {@code unknown}
	 */
	record Skipped(String kind, boolean expected) implements EventOutcome {

		/** The counter's event tag: the kind when expected, else {@code unknown}. */
		public String tag() {
			return this.expected ? this.kind : "unknown";
		}

	}

}

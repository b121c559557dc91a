package vn.hocvuso.helpdesk.delivery;

import java.time.Instant;
import java.util.Objects;

/**
 * A reply waiting in, or done with, the outbox.
 *
 * @param attempts how many times a sender has claimed it
 * @param partsSent how many of its parts, from the first, the provider has accepted
 */
public record OutboxEntry(Reply reply, Status status, int attempts, Instant createdAt, int partsSent) {

	public OutboxEntry {
		Objects.requireNonNull(reply, "reply");
		Objects.requireNonNull(status, "status");
	}

	/**
	 * Where the channel's reply window starts: when the resident last wrote, else when
	 * the reply was enqueued.
	 */
	public Instant windowStart() {
		Instant heardAt = this.reply.heardAt();
		return (heardAt != null && heardAt.isBefore(this.createdAt)) ? heardAt : this.createdAt;
	}

	/** Where a reply stands. */
	public enum Status {

		/** Waiting for its next attempt. */
		PENDING,
		/** Claimed by one sender under a lease. */
		SENDING,
		/** The provider accepted it. */
		SENT,
		/**
		 * Given up after too many passing failures, before every reply waited for its
		 * window; no longer written.
		 */
		FAILED,
		/** The provider refused it for good; a person must reach the resident. */
		UNDELIVERABLE

	}

}

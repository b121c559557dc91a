package vn.hocvuso.helpdesk.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.bson.types.ObjectId;

/**
 * Case ids are MongoDB ObjectIds whose first four bytes are the second the message was
 * received, so the ids sort by time: the newest cases and a month's cases are read in
 * {@code _id} order, which the embedded store walks in its file's key order and a real
 * MongoDB reads from its {@code _id} index.
 */
public final class CaseIds {

	/**
	 * How long after it was received a case stored before ids carried the time received
	 * may have been processed (and its id minted): a day-long outage's backlog. A range
	 * of times is read by id with this margin past its end.
	 */
	static final Duration LAG = Duration.ofDays(1);

	private static final long LAST_SECOND = 0xFFFF_FFFFL;

	private CaseIds() {
	}

	/** A new id for a case received at that time. */
	public static String newId(Instant receivedAt) {
		return new ObjectId(Date.from(receivedAt)).toHexString();
	}

	/** The smallest id a case received at or after that time can have. */
	static String firstAt(Instant at) {
		long second = Math.max(0, Math.min(LAST_SECOND, at.getEpochSecond()));
		return String.format("%08x", second) + "0".repeat(16);
	}

}

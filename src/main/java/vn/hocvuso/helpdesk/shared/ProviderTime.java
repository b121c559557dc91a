package vn.hocvuso.helpdesk.shared;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The time a provider says a message was sent, when it can be one: a whole number of
 * seconds or milliseconds since 1970, after 2000 and at most a day ahead of now. Anything
 * else (text, a number beyond 64 bits, a date in the year 300,000) gives {@code now}, so
 * an odd field never stops a message from being answered.
 */
public final class ProviderTime {

	private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

	private ProviderTime() {
	}

	/**
	 * @param epoch the provider's field as text ("1700000000")
	 * @param unit {@link ChronoUnit#SECONDS} or {@link ChronoUnit#MILLIS}
	 */
	public static Instant of(String epoch, ChronoUnit unit, Instant now) {
		Instant given;
		try {
			given = Instant.EPOCH.plus(Long.parseLong(epoch.strip()), unit);
		}
		catch (NumberFormatException | ArithmeticException | DateTimeException ex) {
			return now;
		}
		return (given.isBefore(EARLIEST) || given.isAfter(now.plus(1, ChronoUnit.DAYS))) ? now : given;
	}

}

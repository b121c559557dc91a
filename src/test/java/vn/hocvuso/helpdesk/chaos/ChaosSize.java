package vn.hocvuso.helpdesk.chaos;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * How big a chaos run is. The defaults fit CI (about two minutes on two cores);
 * {@code bench/chaos.sh} passes a full-size run as system properties:
 * {@code chaos.messages}, {@code chaos.kills}, {@code chaos.outage} (such as {@code 20s}
 * or {@code 5m}), {@code chaos.rate} (messages per second), {@code chaos.store} and
 * {@code chaos.admin-password}.
 *
 * @param messages how many residents write, one message each
 * @param kills how many times the app is killed with SIGKILL mid-stream
 * @param outage how long Zalo answers every send with HTTP 500, once, mid-stream
 * @param rate how many new messages arrive per second
 * @param store a data directory to start from (a copy is used), such as one filled by
 * {@code bench-cases}; none for an empty store
 * @param adminPassword the password of staff user {@code admin}: set on the first start
 * of an empty store, the store's own otherwise
 */
record ChaosSize(int messages, int kills, Duration outage, double rate, @Nullable Path store, String adminPassword) {

	ChaosSize {
		if (messages < 1 || kills < 0 || outage.isNegative() || rate <= 0) {
			throw new IllegalArgumentException("not a valid chaos size: " + messages + " messages, " + kills
					+ " kills, outage " + outage + ", rate " + rate);
		}
	}

	/** The size asked for in system properties, or the CI defaults. */
	static ChaosSize fromSystemProperties() {
		return new ChaosSize(Integer.getInteger("chaos.messages", 200), Integer.getInteger("chaos.kills", 2),
				duration(System.getProperty("chaos.outage", "20s")),
				Double.parseDouble(System.getProperty("chaos.rate", "3")),
				System.getProperty("chaos.store", "").isBlank() ? null : Path.of(System.getProperty("chaos.store")),
				System.getProperty("chaos.admin-password", "chaos-admin"));
	}

	/** How long the stream of new messages lasts. */
	Duration stream() {
		return Duration.ofMillis((long) (this.messages * 1000 / this.rate));
	}

	/**
	 * How long to wait after the stream for the last replies: the retries' back-off is
	 * short, so this is mostly time to work through a backlog.
	 */
	Duration drainLimit() {
		return Duration.ofSeconds(60 + this.messages / 10);
	}

	/** Parses {@code 500ms}, {@code 20s}, {@code 5m} or {@code 1h}. */
	static Duration duration(String text) {
		String value = text.strip().toLowerCase(Locale.ROOT);
		if (value.endsWith("ms")) {
			return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
		}
		long amount = Long.parseLong(value.substring(0, value.length() - 1));
		return switch (value.charAt(value.length() - 1)) {
			case 's' -> Duration.ofSeconds(amount);
			case 'm' -> Duration.ofMinutes(amount);
			case 'h' -> Duration.ofHours(amount);
			default -> throw new IllegalArgumentException("not a duration: " + text);
		};
	}

}

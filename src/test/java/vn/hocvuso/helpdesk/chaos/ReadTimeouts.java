package vn.hocvuso.helpdesk.chaos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sends to a provider that the app gave up waiting for, read from its log: Reactor
 * Netty logs "The connection observed an error" with the app's end of the connection, and
 * the {@code ReadTimeoutException} on the lines after. A reply the provider accepted just
 * before the app gave up is sent again: the app cannot know it arrived.
 */
final class ReadTimeouts {

	private static final Pattern OBSERVED = Pattern
		.compile("^(\\S+Z) .*L:/127\\.0\\.0\\.1:(\\d+) .*The connection observed an error");

	private ReadTimeouts() {
	}

	/** Each read timeout in the log: when, and on which local port. */
	static List<ReadTimeout> in(Path log) {
		List<String> lines;
		try {
			lines = Files.readAllLines(log, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<ReadTimeout> timeouts = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			Matcher observed = OBSERVED.matcher(lines.get(i));
			if (observed.find() && timedOut(lines, i + 1)) {
				try {
					timeouts
						.add(new ReadTimeout(Instant.parse(observed.group(1)), Integer.parseInt(observed.group(2))));
				}
				catch (DateTimeParseException ex) {
					// a line cut by a kill: not a whole record
				}
			}
		}
		return timeouts;
	}

	private static boolean timedOut(List<String> lines, int from) {
		for (int i = from; i < Math.min(lines.size(), from + 3); i++) {
			if (lines.get(i).contains("ReadTimeoutException")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A send the app stopped waiting for, on its end {@code localPort} of a connection.
	 */
	record ReadTimeout(Instant at, int localPort) {
	}

}

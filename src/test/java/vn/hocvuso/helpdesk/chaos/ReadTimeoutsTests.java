package vn.hocvuso.helpdesk.chaos;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The read timeouts the chaos run finds in the app's log, and nothing else. */
class ReadTimeoutsTests {

	private static final String OBSERVED = "  WARN 15676 --- [helpdesk] [or-http-epoll-4] "
			+ "r.netty.http.client.HttpClientConnect    : [662ebb3e-4, L:/127.0.0.1:%d - "
			+ "R:127.0.0.1/127.0.0.1:44749] The connection observed an error";

	@TempDir
	Path dir;

	@Test
	void findsEachReadTimeoutWithItsTimeAndLocalPort() throws IOException {
		Path log = this.dir.resolve("app.log");
		Files.writeString(log, String.join("\n", "2026-12-06T21:57:15.100Z" + OBSERVED.formatted(34924), "",
				"io.netty.handler.timeout.ReadTimeoutException", "",
				"2026-12-06T21:57:16.200Z" + OBSERVED.formatted(34930), "",
				"reactor.netty.http.client.PrematureCloseException: Connection prematurely closed BEFORE response",
				"2026-12-06T21:57:1" + OBSERVED.formatted(34931), "", "io.netty.handler.timeout.ReadTimeoutException",
				"2026-12-06T21:57:18.000Z  INFO 15676 --- [helpdesk] [main] Started", ""));

		assertThat(ReadTimeouts.in(log)).as("a closed connection is no timeout; a line a kill cut is skipped")
			.containsExactly(new ReadTimeouts.ReadTimeout(Instant.parse("2026-12-06T21:57:15.100Z"), 34924));
	}

}

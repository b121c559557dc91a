package vn.hocvuso.helpdesk.shared;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A provider's time of a message is kept when it can be one, else it is now. */
class ProviderTimeTests {

	private static final Instant NOW = Instant.parse("2026-12-04T08:00:00Z");

	@ParameterizedTest(name = "{0} {1} -> {2}")
	@CsvSource(delimiter = '|', textBlock = """
			1700000000                      | SECONDS | 2023-11-14T22:13:20Z
			1609984527174                   | MILLIS  | 2021-01-07T01:55:27.174Z
			1764835200                      | SECONDS | 2025-12-04T08:00:00Z
			1796457600                      | SECONDS | 2026-12-05T08:00:00Z
			1796544000                      | SECONDS | now
			999999999999999999999999999999  | SECONDS | now
			9223372036854775807             | SECONDS | now
			-5                              | SECONDS | now
			12                              | MILLIS  | now
			''                              | SECONDS | now
			' 1700000000 '                  | SECONDS | 2023-11-14T22:13:20Z
			soon                            | MILLIS  | now
			""")
	void keepsAPlausibleTimeAndOtherwiseTakesNow(String epoch, ChronoUnit unit, String expected) {
		Instant kept = ProviderTime.of(epoch, unit, NOW);
		assertThat(kept).isEqualTo(expected.equals("now") ? NOW : Instant.parse(expected));
	}

}

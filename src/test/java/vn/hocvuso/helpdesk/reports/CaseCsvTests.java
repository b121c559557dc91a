package vn.hocvuso.helpdesk.reports;

import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class CaseCsvTests {

	@ParameterizedTest(name = "[{0}] is written [{1}]")
	@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
			Cài VNeID ở đâu?                | Cài VNeID ở đâu?
			tổ 5, phường Bến Nghé           | "tổ 5, phường Bến Nghé"
			con hỏi "mã OTP" là gì          | "con hỏi ""mã OTP"" là gì"
			=HYPERLINK("http://x")          | "'=HYPERLINK(""http://x"")"
			+84 số lạ gọi                   | '+84 số lạ gọi
			""")
	void fieldsWithCommasQuotesOrFormulasAreEscaped(String field, String written) {
		assertThat(CaseCsv.escape(field)).isEqualTo(written);
	}

	@ParameterizedTest(name = "a line break inside a field keeps the field quoted")
	@CsvSource({ "dòng một" })
	void lineBreaksStayInsideTheQuotedField(String first) {
		assertThat(CaseCsv.line(Arrays.asList("a", first + "\ndòng hai", null)))
			.isEqualTo("a,\"dòng một\ndòng hai\",\r\n");
	}

	@Property
	void durationsAreSecondsWithThreeDecimals(
			@ForAll @LongRange(min = -10_000_000_000L, max = 100_000_000_000L) long millis) {
		Instant from = Instant.parse("2026-12-01T00:00:00Z");
		assertThat(CaseCsv.seconds(from, from.plusMillis(millis)))
			.isEqualTo(String.format(Locale.ROOT, "%.3f", millis / 1000.0));
	}

	@Test
	void noReplyYetIsAnEmptyDuration() {
		assertThat(CaseCsv.seconds(Instant.now(), null)).isNull();
	}

}

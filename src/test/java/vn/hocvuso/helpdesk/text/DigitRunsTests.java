package vn.hocvuso.helpdesk.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The runs of digits a person writes as one number, found in one pass: the same runs the
 * regular expression the redactor used to run finds, on any text short enough for it.
 */
class DigitRunsTests {

	/** The expression {@link DigitRuns} replaced; it recursed once per digit. */
	private static final Pattern FORMER = Pattern.compile("(?<![\\p{L}\\d])\\+?\\d(?:[ .,-]?\\d)*(?![\\p{L}\\d])");

	@ParameterizedTest(name = "«{0}»")
	@CsvSource(delimiter = '|', textBlock = """
			0912 345 678                 | 0912 345 678
			gọi 0912.345.678 nhé         | 0912.345.678
			+84 912 345 678              | +84 912 345 678
			a+84912345678                | 84912345678
			12 34abc                     | 12
			0912 345 678x                | 0912 345
			123abc 45                    | 45
			tổ 5, tổ 6                   | 5;6
			1,234,567 đồng               | 1,234,567
			12  34                       | 12;34
			𝒜0912345678                  | ''
			😀0912345678                  | 0912345678
			""")
	void findsTheRunsAsAPersonWritesThem(String text, String expected) {
		assertThat(String.join(";", DigitRuns.in(text).stream().map((run) -> run.in(text)).toList()))
			.isEqualTo(expected);
	}

	/**
	 * Without letters outside the Basic Multilingual Plane, which the expression took for
	 * two non-letters ("𝒜0" had a run; it is a letter glued to a digit).
	 */
	@Property(tries = 3000)
	void findsWhatTheFormerExpressionFound(@ForAll("numberish") String text) {
		assertThat(DigitRuns.in(text).stream().map((run) -> run.in(text)).toList()).isEqualTo(former(text));
	}

	@Property(tries = 20)
	void readsAHundredThousandCharactersOfDigitsAndSeparatorsInOnePass(@ForAll("floods") String text) {
		List<DigitRuns.Run> runs = DigitRuns.in(text);
		assertThat(runs).allSatisfy((run) -> assertThat(run.end()).isGreaterThan(run.start()));
	}

	@Provide
	Arbitrary<String> numberish() {
		return Arbitraries.strings().withChars("0123456789 .,-+ađĐ\t/x").ofMinLength(0).ofMaxLength(40);
	}

	@Provide
	Arbitrary<String> floods() {
		Arbitrary<String> unit = Arbitraries.of("9", "0912 345 678 ", "1.", "1,", "1-", "+84", "9a", "9 ", "0");
		return unit.list().ofSize(30_000).map((units) -> {
			String text = String.join("", units);
			return (text.length() > 100_000) ? text.substring(0, 100_000) : text;
		});
	}

	private static List<String> former(String text) {
		List<String> runs = new ArrayList<>();
		Matcher matcher = FORMER.matcher(text);
		while (matcher.find()) {
			runs.add(matcher.group());
		}
		return runs;
	}

}

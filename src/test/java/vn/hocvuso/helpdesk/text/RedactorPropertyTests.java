package vn.hocvuso.helpdesk.text;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real-shaped personal numbers, written with random separators, digits, words and
 * prefixes, never survive redaction; random dates, times and amounts always do.
 */
class RedactorPropertyTests {

	private static final List<String> MOBILE_PREFIXES = List.of("32", "33", "34", "35", "36", "37", "38", "39", "56",
			"58", "59", "70", "76", "77", "78", "79", "81", "82", "83", "84", "85", "86", "87", "88", "89", "90", "91",
			"92", "93", "94", "96", "97", "98", "99");

	private static final List<String> SEPARATORS = List.of("", " ", ".", "-", "/", ",", " - ", "..", " / ", "  ",
			" . ");

	private static final String[] WORDS = { "không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín" };

	private static final String[] PLAIN_WORDS = { "khong", "mot", "hai", "ba", "bon", "nam", "sau", "bay", "tam",
			"chin" };

	private final Redactor redactor = new Redactor();

	@Property(tries = 500)
	void aPhoneNumberNeverSurvives(@ForAll("phones") String digits, @ForAll("writings") Writing writing,
			@ForAll("phonePrefixes") String prefix) {
		String national = writing.countryCode() ? digits.substring(1) : digits;
		String code = writing.countryCode() ? "+84 " : "";
		assertGone(digits.substring(1), "Bác ơi " + writing.glue(prefix) + code + writing.write(national) + " nhé");
	}

	@Property(tries = 500)
	void aCitizenIdNeverSurvives(@ForAll("citizenIds") String digits, @ForAll("writings") Writing writing,
			@ForAll("idPrefixes") String prefix) {
		assertGone(digits, "em gửi " + writing.glue(prefix) + writing.write(digits) + " ạ");
	}

	@Property(tries = 500)
	void anOtpCodeNeverSurvives(@ForAll("otps") String digits, @ForAll("writings") Writing writing,
			@ForAll("codePrefixes") String prefix) {
		assertGone(digits, writing.glue(prefix) + writing.write(digits) + ", có đưa ai không");
	}

	@Property(tries = 500)
	void anAccountNeverSurvives(@ForAll("accounts") String digits, @ForAll("writings") Writing writing,
			@ForAll("accountPrefixes") String prefix) {
		// without a keyword, fewer than 11 digits may be a hotline or an amount (ADR 8)
		String account = prefix.isEmpty() && digits.length() < 11 ? digits + "123" : digits;
		assertGone(account, "Chuyển vào " + writing.glue(prefix) + writing.write(account) + " giúp em");
	}

	@Property(tries = 500)
	void aDateTimeOrAmountIsKept(@ForAll("kept") String text) {
		assertThat(this.redactor.redact(text)).isEqualTo(text);
	}

	private void assertGone(String digits, String text) {
		String left = WrittenDigits.of(this.redactor.redact(text));
		for (int i = 0; i + 4 <= digits.length(); i++) {
			assertThat(left).as(text).doesNotContain(digits.substring(i, i + 4));
		}
	}

	/** How a person writes a number down: groups, one separator, which digits. */
	record Writing(int group, String separator, int script, boolean countryCode) {

		/** A prefix glues to digits ("sdt0912..."), not to words. */
		String glue(String prefix) {
			return (this.script >= 2 && !prefix.isEmpty() && Character.isLetter(prefix.charAt(prefix.length() - 1)))
					? prefix + " " : prefix;
		}

		String write(String digits) {
			List<String> groups = new ArrayList<>();
			for (int i = 0; i < digits.length(); i += this.group) {
				groups.add(digits.substring(i, Math.min(digits.length(), i + this.group)));
			}
			String separator = (this.script >= 2 && this.separator.isEmpty()) ? " " : this.separator;
			return String.join(separator, groups.stream().map(this::digits).toList());
		}

		private String digits(String group) {
			StringBuilder out = new StringBuilder();
			for (char c : group.toCharArray()) {
				int digit = c - '0';
				switch (this.script) {
					case 0 -> out.append(c);
					case 1 -> out.append((char) ('\uFF10' + digit));
					case 2 -> out.append(out.isEmpty() ? "" : " ").append(WORDS[digit]);
					default -> out.append(out.isEmpty() ? "" : " ").append(PLAIN_WORDS[digit]);
				}
			}
			return out.toString();
		}

	}

	@Provide
	Arbitrary<Writing> writings() {
		return Combinators
			.combine(Arbitraries.integers().between(1, 16), Arbitraries.of(SEPARATORS),
					Arbitraries.integers().between(0, 3), Arbitraries.of(false, true))
			.as(Writing::new);
	}

	@Provide
	Arbitrary<String> phones() {
		return Combinators.combine(Arbitraries.of(MOBILE_PREFIXES), Arbitraries.strings().numeric().ofLength(7))
			.as((prefix, rest) -> "0" + prefix + rest);
	}

	@Provide
	Arbitrary<String> citizenIds() {
		return Combinators
			.combine(Arbitraries.integers().between(1, 96), Arbitraries.integers().between(0, 3),
					Arbitraries.strings().numeric().ofLength(8))
			.as((province, century, rest) -> String.format("%03d%d%s", province, century, rest));
	}

	@Provide
	Arbitrary<String> otps() {
		return Arbitraries.strings().numeric().ofLength(6);
	}

	@Provide
	Arbitrary<String> accounts() {
		return Arbitraries.strings().numeric().ofMinLength(8).ofMaxLength(16);
	}

	@Provide
	Arbitrary<String> phonePrefixes() {
		return Arbitraries.of("", "sđt ", "sdt", "SĐT: ", "đt", "Zalo ", "gọi ", "số em là ", "SDT:");
	}

	@Provide
	Arbitrary<String> idPrefixes() {
		return Arbitraries.of("", "CCCD", "CCCD ", "cccd: ", "CCCD:", "số căn cước ", "CMND ", "mã định danh ");
	}

	@Provide
	Arbitrary<String> codePrefixes() {
		return Arbitraries.of("OTP", "mã OTP là ", "ma otp ", "mã ", "Mã:", "otp: ", "OTP ");
	}

	@Provide
	Arbitrary<String> accountPrefixes() {
		return Arbitraries.of("", "STK ", "stk:", "TK ", "tk", "số tài khoản ", "STK: ");
	}

	@Provide
	Arbitrary<String> kept() {
		Arbitrary<Integer> day = Arbitraries.integers().between(1, 28);
		Arbitrary<Integer> month = Arbitraries.integers().between(1, 12);
		Arbitrary<Integer> year = Arbitraries.integers().between(1940, 2035);
		Arbitrary<String> dates = Combinators.combine(day, month, year, Arbitraries.of("/", "-", "."))
			.as((d, m, y, separator) -> String.format("ngày %02d%s%02d%s%d", d, separator, m, separator, y));
		Arbitrary<String> isoDates = Combinators.combine(day, month, year)
			.as((d, m, y) -> String.format("%d-%02d-%02d", y, m, d));
		Arbitrary<String> worded = Combinators.combine(day, month, year)
			.as((d, m, y) -> "ngày " + d + " tháng " + m + " năm " + y);
		Arbitrary<String> times = Combinators
			.combine(Arbitraries.integers().between(0, 23), Arbitraries.integers().between(0, 59),
					Arbitraries.of("%dh%02d", "%d:%02d", "%d giờ %d"))
			.as((h, m, format) -> "lúc " + String.format(format, h, m));
		Arbitrary<String> grouped = Arbitraries.longs()
			.between(1_000, 999_999_999)
			.map((amount) -> String.format("%,d", amount).replace(',', '.'));
		Arbitrary<String> amounts = Arbitraries.oneOf(grouped,
				Arbitraries.longs().between(1, 999_999_999).map(String::valueOf));
		Arbitrary<String> money = Combinators
			.combine(amounts, Arbitraries.of("đ", " đ", " đồng", " VND", "k", " triệu", " tr", " vnđ"))
			.as((amount, unit) -> "chuyển " + amount + unit + " rồi");
		Arbitrary<String> noUnit = grouped.map((amount) -> "phí " + amount + " một tháng");
		return Arbitraries.oneOf(dates, isoDates, worded, times, money, noUnit);
	}

}

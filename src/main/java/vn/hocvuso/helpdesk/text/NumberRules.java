package vn.hocvuso.helpdesk.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * What a written number is: a personal number (a phone, an ID, an account, a code) or one
 * that identifies no one. In order:
 * <ol>
 * <li>fewer than 4 digits, or fewer than 6 without "OTP", "mã" or "pin" before:
 * kept;</li>
 * <li>written in digits with a unit of money after it ("1.500.000đ", "500k", "2 tr",
 * "200.000 đồng", "1.234.567 VND") or a percent sign, and not starting with 0: kept;</li>
 * <li>with no keyword before it ({@link Keywords}): a date, a month or a school year
 * ({@link Dates}), a 1800/1900 hotline, an amount grouped by thousands with fewer than 10
 * digits ("10.000.000"), or an address with slashes and fewer than 9 digits ("123/45/6"):
 * kept; after "OTP" or "CCCD" the word says what the number is;</li>
 * <li>else masked, as the keyword says, or by its shape: a phone (10 digits from 0, or 11
 * from 02, after a +84/84/0084 country code), an ID (9 or 12 digits), an account (7
 * digits or more) or a code (6 digits).</li>
 * </ol>
 * So a grouped number of 10 digits or more with no unit ("1,234,567,890") is an account,
 * not money: nobody writes a billion without saying "đồng".
 */
final class NumberRules {

	/** What a number is, and so which mask it gets. */
	enum Kind {

		KEEP, PHONE, ID, ACCOUNT, CODE

	}

	/** Units after an amount, composed and lower case; "d" only glued ("500d"). */
	private static final Set<String> UNITS = Set.of("đ", "k", "tr", "triệu", "trieu", "nghìn", "nghin", "ngàn", "ngan",
			"đồng", "dong", "vnd", "vnđ", "usd", "tỷ", "tỉ", "ty");

	private NumberRules() {
	}

	static Kind kind(WrittenNumber number, String text) {
		String digits = number.digits();
		if (digits.length() < 4) {
			return Kind.KEEP;
		}
		Kind keyword = Keywords.before(text, number.start());
		if (!number.words() && identifiesNoOne(number, digits, text, keyword)) {
			return Kind.KEEP;
		}
		if (digits.length() < 6) {
			return (keyword == Kind.CODE) ? Kind.CODE : Kind.KEEP;
		}
		return (keyword == Kind.KEEP || keyword == Kind.PHONE) ? shape(number.plus(), digits) : keyword;
	}

	/** The number as a Vietnamese number from 0: "+84 912 345 678" is "0912345678". */
	static String national(boolean plus, String digits) {
		String rest;
		if (digits.startsWith("0084")) {
			rest = digits.substring(4);
		}
		else if (digits.startsWith("84")
				&& (plus || digits.length() == 11 || digits.length() == 12 && digits.charAt(2) == '0')) {
			rest = digits.substring(2);
		}
		else {
			return digits;
		}
		return rest.startsWith("0") ? rest : "0" + rest;
	}

	private static boolean identifiesNoOne(WrittenNumber number, String digits, String text, Kind keyword) {
		boolean fromZero = digits.charAt(0) == '0' && digits.length() >= 6;
		if (!fromZero
				&& (hasUnit(text, number.end()) || number.start() > 0 && text.charAt(number.start() - 1) == '$')) {
			return true;
		}
		if (keyword != Kind.KEEP) {
			return false;
		}
		if (Dates.isDate(number.groups(), number.gaps())) {
			return true;
		}
		boolean hotline = (digits.startsWith("1800") || digits.startsWith("1900"))
				&& (digits.length() == 8 || digits.length() == 10);
		boolean address = number.gaps().indexOf('/') >= 0 && digits.length() < 9;
		return hotline || address || isThousands(number) && digits.length() < 10;
	}

	/**
	 * What a number of 6 digits or more is by its digits alone, written without a plus.
	 */
	static Kind kindOf(String digits) {
		return shape(false, digits);
	}

	private static Kind shape(boolean plus, String digits) {
		String national = national(plus, digits);
		if (national.length() == 10 && national.charAt(0) == '0'
				|| national.length() == 11 && national.startsWith("02")) {
			return Kind.PHONE;
		}
		if (digits.length() == 9 || digits.length() == 12) {
			return Kind.ID;
		}
		return (digits.length() >= 7) ? Kind.ACCOUNT : Kind.CODE;
	}

	/**
	 * "1.500.000", "10,000,000": 1 to 3 digits not from 0, then groups of 3, one
	 * separator.
	 */
	private static boolean isThousands(WrittenNumber number) {
		if (!number.separatedOnlyBy('.') && !number.separatedOnlyBy(',')) {
			return false;
		}
		String first = number.groups().get(0);
		return first.length() <= 3 && first.charAt(0) != '0'
				&& number.groups().stream().skip(1).allMatch((group) -> group.length() == 3);
	}

	/** A unit of money or a percent sign right after the number, maybe after a space. */
	private static boolean hasUnit(String text, int end) {
		int at = end;
		boolean spaced = at < text.length() && NumberReader.separator(text.charAt(at)) == ' ';
		at += spaced ? 1 : 0;
		if (at >= text.length()) {
			return false;
		}
		if ("%₫$".indexOf(text.charAt(at)) >= 0) {
			return true;
		}
		int wordEnd = at;
		while (wordEnd < text.length() && wordEnd - at <= 6 && DigitWords.isWordPart(text.codePointAt(wordEnd))) {
			wordEnd += Character.charCount(text.codePointAt(wordEnd));
		}
		boolean whole = wordEnd == text.length() || !DigitWords.isWordPart(text.codePointAt(wordEnd));
		String unit = Normalizer.normalize(text.substring(at, wordEnd), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
		return whole && (UNITS.contains(unit) || !spaced && unit.equals("d"));
	}

}

package vn.hocvuso.helpdesk.text;

import java.util.regex.Pattern;

/**
 * Masks personal numbers before a message is stored or logged: phone numbers, 9- and
 * 12-digit ID numbers, bank-account-like digit runs and 6-digit OTP-like codes. Years and
 * small numbers ("tổ 5", "năm 2025") are kept because they carry meaning and identify no
 * one.
 */
public final class Redactor {

	public static final String PHONE_MASK = "[số điện thoại]";

	public static final String ID_MASK = "[số giấy tờ]";

	public static final String ACCOUNT_MASK = "[số tài khoản]";

	public static final String CODE_MASK = "[mã số]";

	/**
	 * Amounts written with thousands separators ("10.000.000") are money, not accounts. A
	 * grouped number that starts with 0 or has 12 digits is an ID ("001.203.012.345").
	 */
	static final Pattern MONEY = Pattern.compile("[1-9]\\d{0,2}(?:[.,]\\d{3}){1,3}");

	/** Dates written with dashes or dots ("21-03-2025") identify no one. */
	static final Pattern DATE = Pattern.compile("\\d{1,2}[-.]\\d{1,2}[-.](?:19|20)\\d{2}");

	public String redact(String text) {
		StringBuilder out = new StringBuilder(text.length());
		int copied = 0;
		for (DigitRuns.Run run : DigitRuns.in(text)) {
			out.append(text, copied, run.start()).append(mask(run.in(text)));
			copied = run.end();
		}
		return out.append(text, copied, text.length()).toString();
	}

	/** What a digit run becomes in a stored text: itself when it identifies no one. */
	static String mask(String run) {
		if (MONEY.matcher(run).matches() || DATE.matcher(run).matches()) {
			return run;
		}
		String digits = run.replaceAll("\\D", "");
		// mobile: 0 and 9 digits, or 84 and 9 digits; landline: 02, area code and number
		if (digits.length() == 10 && digits.startsWith("0") || digits.length() == 11 && digits.startsWith("84")
				|| digits.length() == 11 && digits.startsWith("02")) {
			return PHONE_MASK;
		}
		if (digits.length() == 9 || digits.length() == 12) {
			return ID_MASK;
		}
		if (digits.length() >= 7) {
			return ACCOUNT_MASK;
		}
		if (digits.length() == 6) {
			return CODE_MASK;
		}
		return run;
	}

}

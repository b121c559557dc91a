package vn.hocvuso.helpdesk.text;

/**
 * Masks personal numbers before a message is stored or logged: phone numbers, 9- and
 * 12-digit ID numbers, bank accounts and OTP-like codes, however they are written (glued
 * to "sđt" or "CCCD", grouped by spaces, dots, dashes or slashes, in full-width digits,
 * spelled out as "không chín một..."). Dates, times, money, small numbers ("tổ 5", "năm
 * 2025") and case ids are kept because they carry meaning and identify no one.
 * {@link NumberReader} finds the numbers and {@link NumberRules} decides; ADR 8 gives the
 * rules and how often they are right.
 */
public final class Redactor {

	public static final String PHONE_MASK = "[số điện thoại]";

	public static final String ID_MASK = "[số giấy tờ]";

	public static final String ACCOUNT_MASK = "[số tài khoản]";

	public static final String CODE_MASK = "[mã số]";

	public String redact(String text) {
		StringBuilder out = new StringBuilder(text.length());
		int copied = 0;
		for (WrittenNumber number : NumberReader.in(text)) {
			String mask = mask(NumberRules.kind(number, text));
			if (mask != null) {
				out.append(text, copied, number.start()).append(mask);
				copied = number.end();
			}
		}
		return out.append(text, copied, text.length()).toString();
	}

	/** The mask of a kind of number; null for a number that is kept. */
	private static String mask(NumberRules.Kind kind) {
		return switch (kind) {
			case PHONE -> PHONE_MASK;
			case ID -> ID_MASK;
			case ACCOUNT -> ACCOUNT_MASK;
			case CODE -> CODE_MASK;
			case KEEP -> null;
		};
	}

}

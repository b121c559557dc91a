package vn.hocvuso.helpdesk.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * The digits a person wrote, for tests that look for a number however it was written:
 * digits of any script and Vietnamese digit words, in order, as ASCII. Written apart from
 * the redactor's own reader, so the tests do not check the code with itself.
 */
public final class WrittenDigits {

	private static final Map<String, Integer> DIGIT_WORDS = Map.ofEntries(Map.entry("không", 0), Map.entry("khong", 0),
			Map.entry("một", 1), Map.entry("mốt", 1), Map.entry("mot", 1), Map.entry("hai", 2), Map.entry("ba", 3),
			Map.entry("bốn", 4), Map.entry("tư", 4), Map.entry("bon", 4), Map.entry("tu", 4), Map.entry("năm", 5),
			Map.entry("lăm", 5), Map.entry("nam", 5), Map.entry("lam", 5), Map.entry("sáu", 6), Map.entry("sau", 6),
			Map.entry("bảy", 7), Map.entry("bẩy", 7), Map.entry("bay", 7), Map.entry("tám", 8), Map.entry("tam", 8),
			Map.entry("chín", 9), Map.entry("chin", 9));

	private WrittenDigits() {
	}

	/** Every digit of a text in order: digits of any script and digit words. */
	public static String of(String text) {
		String composed = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
		StringBuilder digits = new StringBuilder();
		int i = 0;
		while (i < composed.length()) {
			int c = composed.codePointAt(i);
			if (Character.isDigit(c)) {
				digits.append(Character.digit(c, 10));
				i += Character.charCount(c);
			}
			else if (Character.isLetter(c)) {
				int end = i;
				while (end < composed.length() && (Character.isLetter(composed.codePointAt(end))
						|| Character.getType(composed.codePointAt(end)) == Character.NON_SPACING_MARK)) {
					end += Character.charCount(composed.codePointAt(end));
				}
				Integer digit = DIGIT_WORDS.get(composed.substring(i, end));
				if (digit != null) {
					digits.append(digit);
				}
				i = end;
			}
			else {
				i += Character.charCount(c);
			}
		}
		return digits.toString();
	}

}

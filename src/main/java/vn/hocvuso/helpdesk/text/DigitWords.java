package vn.hocvuso.helpdesk.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * Digits written as Vietnamese words, as a resident spells a phone number out: "không
 * chín một hai...", with or without diacritics, in any case. "năm" (five) is also the
 * word for year ("năm 2025"), so the reader counts it as a digit only before another
 * digit word.
 */
final class DigitWords {

	/** Composed, lower case; the forms without diacritics are the ones people type. */
	private static final Map<String, Integer> DIGITS = Map.ofEntries(Map.entry("không", 0), Map.entry("khong", 0),
			Map.entry("một", 1), Map.entry("mốt", 1), Map.entry("mot", 1), Map.entry("hai", 2), Map.entry("ba", 3),
			Map.entry("bốn", 4), Map.entry("tư", 4), Map.entry("bon", 4), Map.entry("tu", 4), Map.entry("năm", 5),
			Map.entry("lăm", 5), Map.entry("nam", 5), Map.entry("lam", 5), Map.entry("sáu", 6), Map.entry("sau", 6),
			Map.entry("bảy", 7), Map.entry("bẩy", 7), Map.entry("bay", 7), Map.entry("tám", 8), Map.entry("tam", 8),
			Map.entry("chín", 9), Map.entry("chin", 9));

	/** Longer than any digit word, even decomposed ("không" is six characters in NFD). */
	private static final int LONGEST = 8;

	private DigitWords() {
	}

	/** The digit a word stands for, or -1 when it is no digit word. */
	static int value(CharSequence word) {
		if (word.length() == 0 || word.length() > LONGEST) {
			return -1;
		}
		String composed = Normalizer.normalize(word, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
		return DIGITS.getOrDefault(composed, -1);
	}

	/** Whether the word is "năm" (five, or year), with or without its diacritics. */
	static boolean isYear(CharSequence word) {
		return value(word) == 5 && Character.toLowerCase(word.charAt(0)) == 'n';
	}

	/** A letter or a combining mark: part of a word, composed or not. */
	static boolean isWordPart(int codePoint) {
		if (Character.isLetter(codePoint)) {
			return true;
		}
		int type = Character.getType(codePoint);
		return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
	}

	/** Where the word starting at {@code start} ends (exclusive). */
	static int end(String text, int start) {
		int at = start;
		while (at < text.length() && isWordPart(text.codePointAt(at))) {
			at += Character.charCount(text.codePointAt(at));
		}
		return at;
	}

}

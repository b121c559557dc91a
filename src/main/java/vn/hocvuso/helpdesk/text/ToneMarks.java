package vn.hocvuso.helpdesk.text;

import java.text.Normalizer;

/**
 * Puts the tone mark of a lower-case Vietnamese syllable in one place, so that the old
 * and the new spelling ("hòa" and "hoà", "thúy" and "thuý") become the same token. The
 * canonical form is the new one: in "oa", "oe" and "uy" the mark goes on the second
 * vowel.
 */
final class ToneMarks {

	private static final String VOWELS = "aăâeêioôơuưy";

	private static final String MARKED_VOWELS = "ăâêôơư";

	private ToneMarks() {
	}

	static String canonical(String syllable) {
		if (!Letters.tableCovers(syllable)) {
			return canonicalByNormalizing(syllable);
		}
		char tone = 0;
		char[] bare = new char[syllable.length()];
		for (int i = 0; i < bare.length; i++) {
			char c = syllable.charAt(i);
			if (Letters.tone(c) != 0) {
				tone = Letters.tone(c);
			}
			bare[i] = Letters.withoutTone(c);
		}
		if (tone == 0) {
			return syllable;
		}
		int position = tonePosition(new String(bare));
		char composed = (position < 0) ? 0 : Letters.compose(bare[position], tone);
		if (composed == 0) {
			return canonicalByNormalizing(syllable);
		}
		bare[position] = composed;
		return new String(bare);
	}

	/** The general case, for syllables with loose combining marks or unusual letters. */
	static String canonicalByNormalizing(String syllable) {
		String decomposed = Normalizer.normalize(syllable, Normalizer.Form.NFD);
		char tone = 0;
		StringBuilder bare = new StringBuilder(decomposed.length());
		for (int i = 0; i < decomposed.length(); i++) {
			char c = decomposed.charAt(i);
			if (Letters.TONES.indexOf(c) >= 0) {
				tone = c;
			}
			else {
				bare.append(c);
			}
		}
		String base = Normalizer.normalize(bare, Normalizer.Form.NFC);
		if (tone == 0) {
			return base;
		}
		int position = tonePosition(base);
		if (position < 0) {
			return syllable;
		}
		String marked = base.substring(0, position + 1) + tone + base.substring(position + 1);
		return Normalizer.normalize(marked, Normalizer.Form.NFC);
	}

	private static int tonePosition(String base) {
		int start = firstVowel(base);
		if (start < 0) {
			return -1;
		}
		int end = start;
		while (end < base.length() && VOWELS.indexOf(base.charAt(end)) >= 0) {
			end++;
		}
		for (int i = end - 1; i >= start; i--) {
			if (MARKED_VOWELS.indexOf(base.charAt(i)) >= 0) {
				return i;
			}
		}
		int length = end - start;
		boolean closed = end < base.length();
		if (length == 1 || closed) {
			return end - 1;
		}
		String cluster = base.substring(start, end);
		if (cluster.startsWith("oa") || cluster.startsWith("oe") || cluster.startsWith("uy")) {
			return start + 1;
		}
		return end - 2;
	}

	/**
	 * The first vowel of the nucleus; the "u" of "qu" and the "i" of "gi" belong to the
	 * consonant.
	 */
	private static int firstVowel(String base) {
		for (int i = 0; i < base.length(); i++) {
			if (VOWELS.indexOf(base.charAt(i)) < 0) {
				continue;
			}
			boolean glide = i + 1 < base.length() && VOWELS.indexOf(base.charAt(i + 1)) >= 0;
			if (glide && i > 0 && ((base.charAt(i - 1) == 'q' && base.charAt(i) == 'u')
					|| (base.charAt(i - 1) == 'g' && base.charAt(i) == 'i'))) {
				continue;
			}
			return i;
		}
		return -1;
	}

}

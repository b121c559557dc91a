package vn.hocvuso.helpdesk.text;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * Lookup tables for precomposed Latin letters, built once from the JDK's Unicode data, so
 * that tone marks and diacritics can be handled per character without normalising whole
 * strings on every message. The tables are never changed after they are built.
 */
final class Letters {

	static final String TONES = "\u0300\u0301\u0303\u0309\u0323";

	private static final int SIZE = 0x2000;

	private static final char[] TONE = new char[SIZE];

	private static final char[] WITHOUT_TONE = new char[SIZE];

	private static final char[] STRIPPED = new char[SIZE];

	/**
	 * Letters with two tone marks or a spacing mark (not Vietnamese); left to the general
	 * path.
	 */
	private static final boolean[] UNUSUAL = new boolean[SIZE];

	private static final Map<Integer, Character> COMPOSED;

	static {
		Map<Integer, Character> composed = new HashMap<>();
		for (char c = 0; c < SIZE; c++) {
			WITHOUT_TONE[c] = c;
			STRIPPED[c] = c;
			String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
			if (decomposed.length() < 2 || !Character.isLetter(decomposed.charAt(0))) {
				continue;
			}
			STRIPPED[c] = decomposed.charAt(0);
			StringBuilder rest = new StringBuilder().append(decomposed.charAt(0));
			for (int i = 1; i < decomposed.length(); i++) {
				char mark = decomposed.charAt(i);
				if (Character.getType(mark) != Character.NON_SPACING_MARK) {
					UNUSUAL[c] = true;
				}
				if (TONES.indexOf(mark) >= 0) {
					UNUSUAL[c] |= TONE[c] != 0;
					TONE[c] = mark;
				}
				else {
					rest.append(mark);
				}
			}
			String base = Normalizer.normalize(rest, Normalizer.Form.NFC);
			if (TONE[c] != 0 && base.length() == 1 && !UNUSUAL[c]) {
				WITHOUT_TONE[c] = base.charAt(0);
				composed.put(key(base.charAt(0), TONE[c]), c);
			}
		}
		STRIPPED['đ'] = 'd';
		STRIPPED['Đ'] = 'D';
		COMPOSED = Map.copyOf(composed);
	}

	private Letters() {
	}

	/**
	 * True when every char is a precomposed letter or other char the tables cover, with
	 * no loose combining mark.
	 */
	static boolean tableCovers(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= SIZE || UNUSUAL[c] || Character.getType(c) == Character.NON_SPACING_MARK) {
				return false;
			}
		}
		return true;
	}

	/** The tone mark on a covered char, as a combining char, or 0. */
	static char tone(char c) {
		return TONE[c];
	}

	static char withoutTone(char c) {
		return WITHOUT_TONE[c];
	}

	static char stripped(char c) {
		return STRIPPED[c];
	}

	/**
	 * The precomposed letter for a base letter and a tone mark, or 0 when there is none.
	 */
	static char compose(char base, char tone) {
		Character composed = COMPOSED.get(key(base, tone));
		return (composed != null) ? composed : 0;
	}

	private static int key(char base, char tone) {
		return (base << 16) | tone;
	}

}

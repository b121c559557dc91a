package vn.hocvuso.helpdesk.chaos;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Looks for needles (lower case) in texts, ignoring case, in one pass over each text. A
 * needle that begins or ends with a digit is found only where the text has no digit right
 * next to it, so {@code 1234} is not found inside {@code 0.91234}, a timestamp or an id.
 * A short one between hexadecimal digits, or in a hexadecimal value with a letter right
 * after a colon, is part of a hex number (the store's chunk headers); at either end of a
 * long hexadecimal run, it is part of a key (an ObjectId); between letters in a long
 * base64 run, it is part of a sealed value's bytes. An occurrence inside a sentence of
 * the library's own guides and examples (which the store keeps and the bot replies with)
 * is the library's text, not a resident's number. Every other occurrence counts. Each
 * finding keeps the text around it, for the reader who must fix the leak.
 */
final class LeakScanner {

	private static final int CONTEXT = 60;

	/** The least length of a base64 run whose letters may surround short digits. */
	private static final int BASE64_RUN = 24;

	/** The least length of a hexadecimal run that is a key (an ObjectId has 24). */
	private static final int HEX_ID = 16;

	/** How far around a needle the library's sentence is compared. */
	private static final int SENTENCE = 40;

	/** How many characters a stored string may carry on either side that are no text. */
	private static final int TRIM = 2;

	/** Needles by their first two characters, each with where it comes from. */
	private final Map<String, List<Needle>> index = new HashMap<>();

	private final int size;

	private final String library;

	/**
	 * A scanner for these needles.
	 * @param needles each needle (lower case, two characters or more) and where it comes
	 * from, for the report
	 * @param library the library's own text (lower case), whose sentences are no leak
	 */
	LeakScanner(Map<String, String> needles, String library) {
		needles
			.forEach((needle, origin) -> this.index.computeIfAbsent(needle.substring(0, 2), (key) -> new ArrayList<>())
				.add(new Needle(needle, origin)));
		this.size = needles.size();
		this.library = library;
	}

	/** A scanner for personal forms: every needle of every form. */
	static LeakScanner of(Collection<PersonalForms.Form> forms, String library) {
		Map<String, String> needles = new HashMap<>();
		for (PersonalForms.Form form : forms) {
			for (String needle : form.needles()) {
				needles.putIfAbsent(needle, form.kind() + " form «" + form.text() + "»");
			}
		}
		return new LeakScanner(needles, library);
	}

	int size() {
		return this.size;
	}

	/** Every needle found in this text, which came from {@code source}, once each. */
	List<Finding> scan(String source, String text) {
		List<Finding> findings = new ArrayList<>();
		Set<String> found = new HashSet<>();
		char[] key = new char[2];
		for (int at = 0; at + 1 < text.length(); at++) {
			key[0] = Character.toLowerCase(text.charAt(at));
			key[1] = Character.toLowerCase(text.charAt(at + 1));
			List<Needle> candidates = this.index.get(new String(key));
			if (candidates == null) {
				continue;
			}
			for (Needle needle : candidates) {
				int end = at + needle.text().length();
				if (!found.contains(needle.text())
						&& text.regionMatches(true, at, needle.text(), 0, needle.text().length())
						&& standsAlone(text, at, end, needle.text()) && !inHexNumber(text, at, end, needle.text())
						&& !inLibrary(text, at, end)) {
					found.add(needle.text());
					findings.add(new Finding(source, needle.text(), needle.origin(), snippet(text, at, end)));
				}
			}
		}
		return findings;
	}

	private static boolean standsAlone(String text, int at, int end, String needle) {
		boolean digitBefore = at > 0 && Character.isDigit(text.charAt(at - 1));
		boolean digitAfter = end < text.length() && Character.isDigit(text.charAt(end));
		return !(Character.isDigit(needle.charAt(0)) && digitBefore)
				&& !(Character.isDigit(needle.charAt(needle.length() - 1)) && digitAfter);
	}

	/**
	 * Whether the needle stands in a sentence of the library: the text around it, up to
	 * {@value #SENTENCE} characters each side (JSON escapes read) and no further than a
	 * line break or a byte that is not text, is long enough to be a sentence and is in
	 * the library.
	 */
	private boolean inLibrary(String text, int at, int end) {
		String before = unescape(text.substring(Math.max(0, at - SENTENCE), at));
		String after = unescape(text.substring(end, Math.min(text.length(), end + SENTENCE)));
		int start = before.length();
		while (start > 0 && ordinary(before.charAt(start - 1))) {
			start--;
		}
		int stop = 0;
		while (stop < after.length() && ordinary(after.charAt(stop))) {
			stop++;
		}
		String left = before.substring(start).toLowerCase(Locale.ROOT);
		String right = after.substring(0, stop).toLowerCase(Locale.ROOT);
		String needle = text.substring(at, end).toLowerCase(Locale.ROOT);
		// A stored string may begin or end with a byte of its length or of what follows.
		for (int trimLeft = 0; trimLeft <= Math.min(TRIM, left.length()); trimLeft++) {
			for (int trimRight = 0; trimRight <= Math.min(TRIM, right.length()); trimRight++) {
				String sentence = left.substring(trimLeft) + needle + right.substring(0, right.length() - trimRight);
				if (sentence.length() >= needle.length() + SENTENCE / 4 && this.library.contains(sentence)) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * Whether a short all-digit needle stands between hexadecimal digits: part of a hex
	 * number, as in the store's chunk headers ({@code root:640000f5678f}).
	 */
	private static boolean inHexNumber(String text, int at, int end, String needle) {
		if (needle.length() >= 8 || !needle.chars().allMatch(Character::isDigit)) {
			return false;
		}
		if (at > 0 && end < text.length() && hex(text.charAt(at - 1)) && hex(text.charAt(end))) {
			return true;
		}
		return inHeaderField(text, at, end) || inObjectId(text, at, end) || inBase64(text, at, end);
	}

	/**
	 * Whether the digits begin or end a long hexadecimal run with a letter in it, such as
	 * an ObjectId ({@code 6b14e7469b378be49dce1234}): the store's key, not a number
	 * anyone typed.
	 */
	private static boolean inObjectId(String text, int at, int end) {
		int start = at;
		while (start > 0 && hex(text.charAt(start - 1))) {
			start--;
		}
		int stop = end;
		while (stop < text.length() && hex(text.charAt(stop))) {
			stop++;
		}
		return stop - start >= HEX_ID && text.substring(start, stop).chars().anyMatch(Character::isLetter);
	}

	/**
	 * Whether the digits sit between letters (or {@code + / - _}) inside a long base64
	 * run with upper and lower case letters: bytes of a sealed value
	 * ({@code …6Wp1234ME0j…}, {@code …gl5XLpFHBhCz1234+qan0…}), not a number anyone
	 * typed.
	 */
	private static boolean inBase64(String text, int at, int end) {
		if (at == 0 || end == text.length() || !base64Symbol(text.charAt(at - 1)) || !base64Symbol(text.charAt(end))) {
			return false;
		}
		int start = at;
		while (start > 0 && base64(text.charAt(start - 1))) {
			start--;
		}
		int stop = end;
		while (stop < text.length() && base64(text.charAt(stop))) {
			stop++;
		}
		String run = text.substring(start, stop);
		return run.length() >= BASE64_RUN && run.chars().anyMatch(Character::isUpperCase)
				&& run.chars().anyMatch(Character::isLowerCase);
	}

	private static boolean asciiLetter(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	}

	/** A base64 character that is no digit and no padding. */
	private static boolean base64Symbol(char c) {
		return asciiLetter(c) || c == '+' || c == '/' || c == '-' || c == '_';
	}

	private static boolean base64(char c) {
		return asciiLetter(c) || (c >= '0' && c <= '9') || c == '+' || c == '/' || c == '=' || c == '-' || c == '_';
	}

	/**
	 * Whether the digits begin or end a hexadecimal value with a letter in it, right
	 * after a colon, as the store's chunk headers write their fields
	 * ({@code toc:1234e5,}).
	 */
	private static boolean inHeaderField(String text, int at, int end) {
		int start = at;
		while (start > 0 && hex(text.charAt(start - 1))) {
			start--;
		}
		int stop = end;
		while (stop < text.length() && hex(text.charAt(stop))) {
			stop++;
		}
		boolean hasLetter = text.substring(start, stop).chars().anyMatch(Character::isLetter);
		return hasLetter && start > 0 && text.charAt(start - 1) == ':';
	}

	private static boolean hex(char c) {
		return Character.digit(c, 16) >= 0 && c < 0x80;
	}

	private static String unescape(String json) {
		return json.replace("\\n", "\n")
			.replace("\\r", "\n")
			.replace("\\t", " ")
			.replace("\\\"", "\"")
			.replace("\\/", "/");
	}

	private static boolean ordinary(char c) {
		return !Character.isISOControl(c) && c != '\uFFFD';
	}

	private static String snippet(String text, int at, int end) {
		String before = text.substring(Math.max(0, at - CONTEXT), at);
		String after = text.substring(end, Math.min(text.length(), end + CONTEXT));
		return printable(before) + "»»" + text.substring(at, end) + "««" + printable(after);
	}

	/** Control characters (binary files) as dots, so a snippet stays on one line. */
	private static String printable(String text) {
		StringBuilder printable = new StringBuilder(text.length());
		text.codePoints()
			.forEach((c) -> printable.appendCodePoint((Character.isISOControl(c) || c == 0xFFFD) ? '.' : c));
		return printable.toString();
	}

	private record Needle(String text, String origin) {
	}

	/**
	 * A needle found: where, which, from which form, and the text around it between
	 * {@code »»} and {@code ««}.
	 */
	record Finding(String source, String needle, String origin, String snippet) {

		@Override
		public String toString() {
			return this.source + ": found «" + this.needle + "» (" + this.origin + ") in …" + this.snippet + "…";
		}

	}

}

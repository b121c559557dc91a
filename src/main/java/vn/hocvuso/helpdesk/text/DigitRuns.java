package vn.hocvuso.helpdesk.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the runs of digits a person writes as one number, maybe grouped by single spaces,
 * dots, commas or dashes ("0912 345 678", "+84.912.345.678", "1,234,567"), standing on
 * their own: not glued to a letter or another digit. One pass over the text, whatever its
 * length or content: a regular expression for the same runs recursed once per digit and
 * overflowed the stack on a message of a few thousand digits.
 * <p>
 * A run ends at its last digit that is not followed by a letter or a digit: in "12 34abc"
 * the run is "12".
 */
final class DigitRuns {

	private DigitRuns() {
	}

	/** Where a run starts (inclusive) and ends (exclusive) in the text. */
	record Run(int start, int end) {

		String in(String text) {
			return text.substring(this.start, this.end);
		}

	}

	/** Every run in the text, in order. */
	static List<Run> in(String text) {
		List<Run> runs = new ArrayList<>();
		int at = 0;
		while (at < text.length()) {
			int start = startAt(text, at);
			if (start < 0) {
				break;
			}
			int end = endFrom(text, start);
			if (end > 0) {
				runs.add(new Run(start, end));
				at = end;
			}
			else {
				at = -end;
			}
		}
		return runs;
	}

	/** Whether the whole text is one run. */
	static boolean isOneRun(String text) {
		List<Run> runs = in(text);
		return runs.size() == 1 && runs.get(0).start() == 0 && runs.get(0).end() == text.length();
	}

	/**
	 * The first place at or after {@code from} where a run may start: a digit, or a plus
	 * sign before a digit, with no letter or digit just before it; -1 when there is none.
	 */
	private static int startAt(String text, int from) {
		for (int i = from; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean plus = c == '+' && i + 1 < text.length() && isDigit(text.charAt(i + 1));
			if ((isDigit(c) || plus) && (i == 0 || !isLetterOrDigit(text, i - 1))) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * The end of the run starting at {@code start}: after its last digit that no letter
	 * or digit follows. When there is no such digit, the negative of where to look next
	 * (past the digits, which cannot start a run themselves).
	 */
	private static int endFrom(String text, int start) {
		int i = (text.charAt(start) == '+') ? start + 2 : start + 1;
		int lastEnd = -1;
		while (true) {
			if (i >= text.length() || !isLetterOrDigit(text, i)) {
				lastEnd = i;
			}
			if (i < text.length() && isDigit(text.charAt(i))) {
				i++;
			}
			else if (i + 1 < text.length() && isSeparator(text.charAt(i)) && isDigit(text.charAt(i + 1))) {
				i += 2;
			}
			else {
				return (lastEnd > 0) ? lastEnd : -i;
			}
		}
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	private static boolean isSeparator(char c) {
		return c == ' ' || c == '.' || c == ',' || c == '-';
	}

	/** A letter (any script, as {@code \p{L}}) or an ASCII digit, at this index. */
	private static boolean isLetterOrDigit(String text, int index) {
		char c = text.charAt(index);
		if (isDigit(c)) {
			return true;
		}
		if (Character.isLowSurrogate(c) && index > 0 && Character.isHighSurrogate(text.charAt(index - 1))) {
			return Character.isLetter(text.codePointAt(index - 1));
		}
		return Character.isLetter(text.codePointAt(index));
	}

}

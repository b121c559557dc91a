package vn.hocvuso.helpdesk.text;

/**
 * Case, ticket and reply ids are 24 hexadecimal characters (MongoDB object ids, such as
 * "665f1c2a9b3e4d0012ab34cd"); people paste them into messages and the console links
 * carry them. Their digits are no personal number.
 */
final class CaseIds {

	private static final int LENGTH = 24;

	private CaseIds() {
	}

	/**
	 * The end of the id that the digit at {@code at} is part of: a token of exactly 24
	 * hexadecimal characters, no letter or digit on either side; -1 when there is none.
	 * Looks at most 25 characters each way.
	 */
	static int endOfIdAround(String text, int at) {
		int from = at;
		while (from > 0 && at - from <= LENGTH && isAsciiLetterOrDigit(text.charAt(from - 1))) {
			from--;
		}
		int to = from;
		while (to < text.length() && to - from <= LENGTH && isHex(text.charAt(to))) {
			to++;
		}
		boolean alone = (from == 0 || !Character.isLetterOrDigit(text.charAt(from - 1)))
				&& (to == text.length() || !Character.isLetterOrDigit(text.charAt(to)));
		return (to - from == LENGTH && alone) ? to : -1;
	}

	private static boolean isHex(char c) {
		return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
	}

	private static boolean isAsciiLetterOrDigit(char c) {
		return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
	}

}

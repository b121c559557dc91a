package vn.hocvuso.helpdesk.text;

import java.util.List;

/**
 * A number as a person wrote it in a text, found by {@link NumberReader}: "0912 345 678",
 * "+84.912.345.678", "CCCD001203099887" (the digits only), "không chín một...".
 *
 * @param start where it starts in the text (inclusive), maybe at a plus sign or bracket
 * @param end where it ends (exclusive), after its last digit or digit word
 * @param groups its groups of ASCII digits in order; a digit word is a group of one
 * @param gaps one character per gap between groups: {@code ' '} for spaces only, else the
 * first of {@code . , - /} in it (full-width forms and other dashes as these)
 * @param plus whether it starts with a plus sign, as a country code does
 * @param words whether some of its digits are written as words
 */
record WrittenNumber(int start, int end, List<String> groups, String gaps, boolean plus, boolean words) {

	WrittenNumber {
		groups = List.copyOf(groups);
		if (groups.isEmpty() || gaps.length() != groups.size() - 1 || end <= start) {
			throw new IllegalArgumentException("a number needs groups and one gap between each: " + groups + " '" + gaps
					+ "' " + start + "-" + end);
		}
	}

	/** All its digits, ASCII, without separators. */
	String digits() {
		return String.join("", this.groups);
	}

	/** Whether all its gaps are this separator. */
	boolean separatedOnlyBy(char separator) {
		return !this.gaps.isEmpty() && this.gaps.chars().allMatch((gap) -> gap == separator);
	}

}

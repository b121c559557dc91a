package vn.hocvuso.helpdesk.text;

import java.util.List;

/**
 * Dates, months and school years written with one separator, which identify no one:
 * "21/03/2025", "21-3-2025", "2025-03-21", "21.03.2025", "21/3/25", "12/2025",
 * "2024-2025". Spaces or commas never separate a date: "21 03 2025" is read as an
 * eight-digit number.
 */
final class Dates {

	private Dates() {
	}

	/** Whether the groups, all digits, with these gaps between them, are a date. */
	static boolean isDate(List<String> groups, CharSequence gaps) {
		if (groups.size() < 2 || groups.size() > 3) {
			return false;
		}
		char separator = gaps.charAt(0);
		if (separator == ' ' || separator == ',' || gaps.chars().anyMatch((gap) -> gap != separator)) {
			return false;
		}
		String first = groups.get(0);
		String second = groups.get(1);
		if (groups.size() == 2) {
			return isMonth(first) && isYear(second) || isYear(first) && isYear(second) && separator != '.';
		}
		String third = groups.get(2);
		boolean shortYear = separator == '/' && third.length() == 2;
		return isDay(first) && isMonth(second) && (isYear(third) || shortYear)
				|| isYear(first) && isMonth(second) && isDay(third);
	}

	private static boolean isDay(String group) {
		return group.length() <= 2 && Integer.parseInt(group) >= 1 && Integer.parseInt(group) <= 31;
	}

	private static boolean isMonth(String group) {
		return group.length() <= 2 && Integer.parseInt(group) >= 1 && Integer.parseInt(group) <= 12;
	}

	/** A year of the last or this century, the only ones a resident writes. */
	static boolean isYear(String group) {
		return group.length() == 4 && (group.startsWith("19") || group.startsWith("20"));
	}

}

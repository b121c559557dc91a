package vn.hocvuso.helpdesk.wards;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.hocvuso.helpdesk.text.Diacritics;

/**
 * Finds which residential group a resident means when they answer "Bác ở tổ dân phố
 * nào?": a tapped button (the group's code), the group's name, or free text such as "to
 * 5", "tổ 05", "tdp5", "tổ dân phố số 5" or just "5". Answers only when exactly one group
 * fits.
 */
public final class GroupMatcher {

	private static final Pattern GROUP_NUMBER = Pattern
		.compile("(?:to\\s*dan\\s*pho|tdp|to|khu\\s*pho|kp|thon|xom|ap)\\s*(?:so\\s*)?0*(\\d{1,3})\\b");

	private static final Pattern ONLY_NUMBER = Pattern.compile("(?:so\\s*)?0*(\\d{1,3})");

	private static final Pattern TRAILING_NUMBER = Pattern.compile("0*(\\d{1,3})\\D*$");

	private GroupMatcher() {
	}

	public static Optional<ResidentialGroup> match(String text, List<ResidentialGroup> groups) {
		String said = simplify(text);
		if (said.isEmpty()) {
			return Optional.empty();
		}
		for (ResidentialGroup group : groups) {
			if (said.equals(simplify(group.code())) || said.equals(simplify(group.name()))
					|| said.equals(simplify(group.label()))) {
				return Optional.of(group);
			}
		}
		return number(said).flatMap((number) -> {
			List<ResidentialGroup> fitting = groups.stream()
				.filter((group) -> number.equals(trailingNumber(simplify(group.code())).orElse(null))
						|| number.equals(trailingNumber(simplify(group.name())).orElse(null)))
				.toList();
			return (fitting.size() == 1) ? Optional.of(fitting.get(0)) : Optional.empty();
		});
	}

	private static Optional<String> number(String said) {
		Matcher only = ONLY_NUMBER.matcher(said);
		if (only.matches()) {
			return Optional.of(only.group(1));
		}
		// "tổ 1 hay tổ 5" names two groups: no answer.
		List<String> named = GROUP_NUMBER.matcher(said).results().map((found) -> found.group(1)).distinct().toList();
		return (named.size() == 1) ? Optional.of(named.get(0)) : Optional.empty();
	}

	private static Optional<String> trailingNumber(String text) {
		Matcher trailing = TRAILING_NUMBER.matcher(text);
		return trailing.find() ? Optional.of(trailing.group(1)) : Optional.empty();
	}

	private static String simplify(String text) {
		return Diacritics.strip(text.toLowerCase(Locale.ROOT))
			.replaceAll("[^a-z0-9]+", " ")
			.replaceAll("\\s+", " ")
			.trim();
	}

}

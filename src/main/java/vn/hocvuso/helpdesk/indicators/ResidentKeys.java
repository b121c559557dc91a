package vn.hocvuso.helpdesk.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Distinct residents cannot be summed across days, so each period counts a resident once:
 * the first case of a resident in a day, week, month or quarter stores a key document
 * ({@code M2026-11|<resident>}), and only the case that stored it counts the resident, in
 * the group of that case. A key for ever ({@code E|<resident>}) counts new residents on
 * the day of their first case.
 */
final class ResidentKeys {

	static final List<Period.Kind> KINDS = List.of(Period.Kind.DAY, Period.Kind.WEEK, Period.Kind.MONTH,
			Period.Kind.QUARTER);

	private static final String EVER = "E";

	private ResidentKeys() {
	}

	/** The keys of a resident's case on this day: one per kind of period, and ever. */
	static List<String> of(String residentId, LocalDate day) {
		List<String> keys = new ArrayList<>();
		for (Period.Kind kind : KINDS) {
			keys.add(Period.containing(kind, day).key() + "|" + residentId);
		}
		keys.add(EVER + "|" + residentId);
		return keys;
	}

	/**
	 * Adds what the first sighting under {@code key} counts: the day's residents or new
	 * residents, or the id of a week, month or quarter document of the group.
	 */
	static void count(String key, String group, Map<String, Long> dayIncrements, List<String> periodIds) {
		String period = key.substring(0, key.indexOf('|'));
		if (period.equals(EVER)) {
			dayIncrements.merge(CaseTally.ALL + CaseTally.NEW_RESIDENTS, 1L, Long::sum);
		}
		else if (period.startsWith("D")) {
			dayIncrements.merge(CaseTally.ALL + CaseTally.RESIDENTS, 1L, Long::sum);
		}
		else {
			periodIds.add(periodId(period, group));
		}
	}

	/**
	 * Whether a key may still be needed: it counts for ever, or its period ends on or
	 * after {@code from}. Keys of periods closed before are kept no longer by a rebuild.
	 */
	static boolean stillOpen(String key, LocalDate day, LocalDate from) {
		char kind = key.charAt(0);
		if (kind == EVER.charAt(0)) {
			return true;
		}
		for (Period.Kind candidate : KINDS) {
			if (candidate.name().charAt(0) == kind) {
				return !Period.containing(candidate, day).end().isBefore(from);
			}
		}
		return true;
	}

	static String periodId(String periodKey, String group) {
		return periodKey + "|" + group;
	}

}

package vn.hocvuso.helpdesk.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Distinct residents cannot be summed across days, so each period counts a resident once:
 * the first case of a resident in a day, week, month or quarter stores a key document
 * ({@code M2026-11|<resident>}), and only the case that stored it counts the resident, in
 * the group of that case. A key for ever ({@code E|<resident>}) counts new residents on
 * the day of their first case. A key keeps the group and day it counted for, so a
 * resident who names their group later is moved to it ({@link #move}).
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
		String period = periodOf(key);
		String dayPath = dayPath(period);
		if (dayPath != null) {
			dayIncrements.merge(dayPath, 1L, Long::sum);
		}
		else {
			periodIds.add(periodId(period, group));
		}
	}

	/**
	 * Adds what moving the resident counted under {@code key} on {@code day} from one
	 * group to another changes: the day documents' amounts, or the week, month or quarter
	 * documents'.
	 */
	static void move(String key, LocalDate day, String from, String to, Map<String, Map<String, Long>> days,
			Map<String, Long> periods) {
		String period = periodOf(key);
		String dayPath = dayPath(period);
		if (dayPath != null) {
			days.computeIfAbsent(CounterIds.day(day, from), (id) -> new HashMap<>()).merge(dayPath, -1L, Long::sum);
			days.computeIfAbsent(CounterIds.day(day, to), (id) -> new HashMap<>()).merge(dayPath, 1L, Long::sum);
		}
		else {
			periods.merge(periodId(period, from), -1L, Long::sum);
			periods.merge(periodId(period, to), 1L, Long::sum);
		}
	}

	private static String periodOf(String key) {
		return key.substring(0, key.indexOf('|'));
	}

	/** The day document's field a key counts in, or {@code null} for a longer period. */
	private static @Nullable String dayPath(String period) {
		if (period.equals(EVER)) {
			return CaseTally.ALL + CaseTally.NEW_RESIDENTS;
		}
		return period.startsWith("D") ? CaseTally.ALL + CaseTally.RESIDENTS : null;
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

	/**
	 * For each kind of period, the first day whose keys {@link #stillOpen} keeps: a key
	 * counted on an earlier day belongs to a period that ended before {@code from}.
	 */
	static Map<Character, LocalDate> firstDaysKept(LocalDate from) {
		Map<Character, LocalDate> days = new HashMap<>();
		for (Period.Kind kind : KINDS) {
			days.put(kind.name().charAt(0), Period.containing(kind, from.minusDays(1)).start());
		}
		return days;
	}

	static String periodId(String periodKey, String group) {
		return periodKey + "|" + group;
	}

}

package vn.hocvuso.helpdesk.indicators;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.bson.Document;

/**
 * The {@code _id}s of the counter documents in {@code indicator_counters}, and the one
 * rule that spreads a day's amounts over them.
 * <ul>
 * <li>{@code 2026-11-22|TDP05}: a day of a residential group ({@code -}: group unknown);
 * {@code 2026-11-22|@daisu01}: a day of an ambassador (their tickets).</li>
 * <li>{@code 2026-11|TDP05}, {@code 2026-11|@daisu01}: the same for the month, the sum of
 * its days, so a month or a quarter reads a few documents instead of every day.</li>
 * <li>{@code 2026-11-22|*}: the ward's day, only the {@code all.} counters, for the
 * per-day chart of a month or a quarter.</li>
 * <li>{@code queue}: tickets waiting now, by priority.</li>
 * </ul>
 * Counting code writes day amounts only ({@link #spread}); the month and ward documents
 * follow from them, both when counting one change at a time and when rebuilding.
 */
final class CounterIds {

	static final String WARD = "*";

	static final String QUEUE = "queue";

	private static final String AMBASSADOR = "@";

	private CounterIds() {
	}

	static String day(LocalDate day, String owner) {
		return day + "|" + owner;
	}

	static String month(LocalDate day, String owner) {
		return day.toString().substring(0, 7) + "|" + owner;
	}

	static String ambassador(String username) {
		return AMBASSADOR + username;
	}

	/**
	 * The amounts of day documents spread over every document that counts them: the day,
	 * its month, and for a group's {@code all.} counters the ward's day.
	 */
	static Map<String, Map<String, Long>> spread(Map<String, Map<String, Long>> days) {
		Map<String, Map<String, Long>> spread = new HashMap<>();
		days.forEach((id, amounts) -> {
			add(spread, id, amounts);
			int bar = id.indexOf('|');
			if (bar < 0) {
				return;
			}
			String owner = id.substring(bar + 1);
			add(spread, id.substring(0, 7) + id.substring(10), amounts);
			if (!owner.startsWith(AMBASSADOR)) {
				Map<String, Long> ward = new HashMap<>(amounts);
				ward.keySet().removeIf((path) -> !path.startsWith(CaseTally.ALL));
				add(spread, id.substring(0, bar + 1) + WARD, ward);
			}
		});
		spread.values().removeIf(Map::isEmpty);
		return spread;
	}

	/**
	 * The labels stored with a document, from its id: {@code day} or {@code month}, and
	 * {@code group} or {@code ambassador}.
	 */
	static Document labels(String id) {
		int bar = id.indexOf('|');
		if (bar < 0) {
			return new Document();
		}
		String when = id.substring(0, bar);
		String owner = id.substring(bar + 1);
		return new Document((when.length() == 7) ? "month" : "day", when).append(
				owner.startsWith(AMBASSADOR) ? "ambassador" : "group",
				owner.startsWith(AMBASSADOR) ? owner.substring(1) : owner);
	}

	/** A day document of a residential group (not the ward's, not an ambassador's). */
	static boolean isGroupDay(String id) {
		int bar = id.indexOf('|');
		return bar == 10 && !id.startsWith(WARD, bar + 1) && !id.startsWith(AMBASSADOR, bar + 1);
	}

	/** A day document of an ambassador. */
	static boolean isAmbassadorDay(String id) {
		return id.indexOf('|') == 10 && id.startsWith(AMBASSADOR, 11);
	}

	private static void add(Map<String, Map<String, Long>> into, String id, Map<String, Long> amounts) {
		Map<String, Long> counters = into.computeIfAbsent(id, (key) -> new HashMap<>());
		amounts.forEach((path, amount) -> counters.merge(path, amount, Long::sum));
		counters.values().removeIf((amount) -> amount == 0);
	}

}

package vn.hocvuso.helpdesk.classes;

import java.time.Instant;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the classes of a month add up to, for the ward and each residential group: classes
 * held (ended, not cancelled), sign-ups, and attendees (distinct residents ticked as
 * there, plus walk-ins). A class for the whole ward counts in the row
 * {@value #WARD_WIDE}; a sign-up or an attendee counts for the resident's group when they
 * signed up (else {@value #NO_GROUP}); a walk-in for the class's group when it has one.
 */
public record ClassFigures(String month, long classesPlanned, long classesHeld, long signUps, long attendees,
		List<GroupFigures> groups) {

	public static final String WARD_WIDE = "*", NO_GROUP = "-";

	/** One residential group's figures. */
	public record GroupFigures(String group, long classesHeld, long signUps, long attendees) {
	}

	static ClassFigures of(YearMonth month, Map<WardClass, List<Attendee>> lists, Instant now) {
		Map<String, long[]> rows = new TreeMap<>();
		Map<String, Set<String>> residentsByGroup = new TreeMap<>();
		Set<String> residents = new HashSet<>();
		long held = 0;
		long signUps = 0;
		long walkIns = 0;
		for (Map.Entry<WardClass, List<Attendee>> entry : lists.entrySet()) {
			WardClass wardClass = entry.getKey();
			boolean ended = !wardClass.endsAt().isAfter(now);
			held += ended ? 1 : 0;
			String classGroup = (wardClass.groupCodes().size() == 1) ? wardClass.groupCodes().get(0) : WARD_WIDE;
			for (String group : wardClass.wardWide() ? List.of(WARD_WIDE) : wardClass.groupCodes()) {
				row(rows, group)[0] += ended ? 1 : 0;
			}
			for (Attendee attendee : entry.getValue()) {
				String group = (attendee.groupCode() != null) ? attendee.groupCode() : NO_GROUP;
				if (attendee.walkIn()) {
					if (attendee.present()) {
						walkIns++;
						row(rows, classGroup)[2]++;
					}
					continue;
				}
				signUps++;
				row(rows, group)[1]++;
				if (attendee.present() && residentsByGroup.computeIfAbsent(group, (key) -> new HashSet<>())
					.add(attendee.residentId())) {
					row(rows, group)[2]++;
				}
				if (attendee.present()) {
					residents.add(attendee.residentId());
				}
			}
		}
		List<GroupFigures> groups = rows.entrySet()
			.stream()
			.map((row) -> new GroupFigures(row.getKey(), row.getValue()[0], row.getValue()[1], row.getValue()[2]))
			.toList();
		return new ClassFigures(month.toString(), lists.size(), held, signUps, residents.size() + walkIns, groups);
	}

	private static long[] row(Map<String, long[]> rows, String group) {
		return rows.computeIfAbsent(group, (key) -> new long[3]);
	}

}

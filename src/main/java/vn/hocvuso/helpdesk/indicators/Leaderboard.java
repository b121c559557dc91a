package vn.hocvuso.helpdesk.indicators;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import vn.hocvuso.helpdesk.classes.ClassFigures;

/**
 * This month's residential groups ranked by residents helped and target completion. It
 * carries group codes, names and counts only: nothing about a person.
 */
public record Leaderboard(String month, List<Row> rows) {

	/** What the public sees when staff have switched the leaderboard off. */
	public static final String SWITCHED_OFF = "Bảng xếp hạng đang tạm ẩn. Mời bác quay lại sau.";

	/** Most residents helped first, then the highest completion, then by code. */
	private static final Comparator<Row> RANKING = Comparator.comparingLong(Row::residents)
		.reversed()
		.thenComparing((row) -> (row.completionPercent() != null) ? -row.completionPercent() : 0.0)
		.thenComparing(Row::group);

	/**
	 * One group's place.
	 *
	 * @param classesHeld the "Bình dân học vụ số" classes held for the group this month
	 * @param classAttendees the group's residents who came to a class this month
	 */
	public record Row(int rank, String group, String name, long residents, @Nullable Long target,
			@Nullable Double completionPercent, long classesHeld, long classAttendees) {
	}

	static Leaderboard rank(Period month, List<String> groups, Map<String, Long> residents, Map<String, Long> targets,
			GroupNames names, ClassFigures classes) {
		Map<String, ClassFigures.GroupFigures> taught = new HashMap<>();
		classes.groups().forEach((figures) -> taught.put(figures.group(), figures));
		List<Row> unranked = new ArrayList<>();
		for (String group : groups) {
			if (group.equals(CaseTally.NO_GROUP)) {
				continue;
			}
			long helped = residents.getOrDefault(group, 0L);
			Long target = targets.get(group);
			ClassFigures.GroupFigures figures = taught.getOrDefault(group,
					new ClassFigures.GroupFigures(group, 0, 0, 0));
			unranked.add(new Row(0, group, names.name(group), helped, target,
					(target != null) ? completion(helped, target) : null, figures.classesHeld(), figures.attendees()));
		}
		unranked.sort(RANKING);
		List<Row> ranked = new ArrayList<>();
		for (Row row : unranked) {
			ranked.add(new Row(ranked.size() + 1, row.group(), row.name(), row.residents(), row.target(),
					row.completionPercent(), row.classesHeld(), row.classAttendees()));
		}
		return new Leaderboard(month.label(), ranked);
	}

	static @Nullable Double completion(long done, long target) {
		return IndicatorReport.percent(done, target);
	}

}

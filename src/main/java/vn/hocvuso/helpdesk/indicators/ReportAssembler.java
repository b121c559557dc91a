package vn.hocvuso.helpdesk.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.bson.Document;
import org.jspecify.annotations.Nullable;

import vn.hocvuso.helpdesk.indicators.IndicatorReport.AmbassadorRow;
import vn.hocvuso.helpdesk.indicators.IndicatorReport.BucketRow;
import vn.hocvuso.helpdesk.indicators.IndicatorReport.ChannelRow;
import vn.hocvuso.helpdesk.indicators.IndicatorReport.DayRow;
import vn.hocvuso.helpdesk.indicators.IndicatorReport.GroupRow;
import vn.hocvuso.helpdesk.indicators.IndicatorReport.Headline;
import vn.hocvuso.helpdesk.indicators.IndicatorReport.TicketFigures;
import vn.hocvuso.helpdesk.indicators.IndicatorReport.TopicRow;

/**
 * Folds the counter documents of a period into an {@link IndicatorReport}: the groups'
 * documents (days, or months for a month or a quarter) for the totals, the documents of
 * each day for the chart, and the ambassadors' documents.
 */
final class ReportAssembler {

	private final Period period;

	private final List<String> groups;

	private final List<Document> documents;

	private final List<Document> days;

	private final Counters total;

	private final Function<String, String> topicTitles;

	private final GroupNames groupNames;

	ReportAssembler(Period period, List<String> groups, List<Document> documents, List<Document> days,
			Function<String, String> topicTitles, GroupNames groupNames) {
		this.period = period;
		this.groups = groups;
		this.documents = documents;
		this.days = days;
		this.total = Counters.of(documents);
		this.topicTitles = topicTitles;
		this.groupNames = groupNames;
	}

	IndicatorReport assemble(@Nullable String group, List<Document> previous, Map<String, Long> residents,
			Map<String, Long> targets, List<AmbassadorRow> ambassadors) {
		List<GroupRow> groupRows = groupRows(residents, targets);
		long allResidents = groupRows.stream().mapToLong(GroupRow::residents).sum();
		return new IndicatorReport(this.period.kind().name().toLowerCase(Locale.ROOT), this.period.key(),
				this.period.label(), this.period.start(), this.period.end().minusDays(1), group, headline(allResidents),
				dayRows(), topicRows(Counters.of(previous)), channelRows(), groupRows, ambassadors,
				buckets(CaseTally.BOT_RESPONSE), buckets(TicketFacts.PREFIX + TicketFacts.HUMAN_RESPONSE));
	}

	private Headline headline(long residents) {
		long cases = this.total.get(CaseTally.ALL + CaseTally.CASES);
		long contained = this.total.get(CaseTally.ALL + CaseTally.CONTAINED);
		long helpful = this.total.get(CaseTally.ALL + CaseTally.HELPFUL);
		long feedback = helpful + this.total.get(CaseTally.ALL + CaseTally.NOT_HELPFUL);
		long[] bot = this.total.buckets(CaseTally.BOT_RESPONSE);
		return new Headline(cases, residents, this.total.get(CaseTally.ALL + CaseTally.NEW_RESIDENTS), contained,
				IndicatorReport.percent(contained, cases), this.total.get(CaseTally.ALL + CaseTally.CLARIFIED),
				this.total.get(CaseTally.ALL + CaseTally.ESCALATED),
				this.total.get(CaseTally.ALL + CaseTally.UNDELIVERABLE), feedback,
				IndicatorReport.percent(helpful, feedback), ResponseTimes.quantile(bot, 0.5),
				ResponseTimes.quantile(bot, 0.9), TicketFigures.of(this.total, ""));
	}

	private List<DayRow> dayRows() {
		Map<String, List<Document>> byDay = byLabel(this.days, "day");
		List<DayRow> rows = new ArrayList<>();
		for (LocalDate day : this.period.days()) {
			Counters counters = Counters.of(byDay.getOrDefault(day.toString(), List.of()));
			rows.add(new DayRow(day, counters.get(CaseTally.ALL + CaseTally.CASES),
					counters.get(CaseTally.ALL + CaseTally.CONTAINED),
					counters.get(CaseTally.ALL + CaseTally.CLARIFIED),
					counters.get(CaseTally.ALL + CaseTally.ESCALATED)));
		}
		return rows;
	}

	private List<TopicRow> topicRows(Counters previous) {
		List<TopicRow> rows = new ArrayList<>();
		for (String key : this.total.namesUnder(CaseTally.TOPICS)) {
			String path = CaseTally.TOPICS + key + ".";
			String topic = CaseTally.topicOf(key);
			rows.add(new TopicRow(topic, topic.isEmpty() ? "Chưa rõ chủ đề" : this.topicTitles.apply(topic),
					this.total.get(path + CaseTally.CASES), this.total.get(path + CaseTally.CONTAINED),
					this.total.get(path + CaseTally.ESCALATED), previous.get(path + CaseTally.CASES),
					TicketFigures.of(this.total, path)));
		}
		rows.sort(Comparator.comparingLong(TopicRow::cases).reversed().thenComparing(TopicRow::topic));
		return rows;
	}

	private List<ChannelRow> channelRows() {
		List<ChannelRow> rows = new ArrayList<>();
		for (String channel : this.total.namesUnder(CaseTally.CHANNELS)) {
			String path = CaseTally.CHANNELS + channel + ".";
			rows.add(new ChannelRow(channel, this.total.get(path + CaseTally.CASES),
					this.total.get(path + CaseTally.CONTAINED), this.total.get(path + CaseTally.ESCALATED),
					TicketFigures.of(this.total, path)));
		}
		return rows;
	}

	private List<GroupRow> groupRows(Map<String, Long> residents, Map<String, Long> targets) {
		Map<String, List<Document>> byGroup = byLabel(this.documents, "group");
		List<GroupRow> rows = new ArrayList<>();
		for (String group : this.groups) {
			Counters counters = Counters.of(byGroup.getOrDefault(group, List.of()));
			long helped = residents.getOrDefault(group, 0L);
			Long target = targets.get(group);
			rows.add(new GroupRow(group, this.groupNames.name(group), counters.get(CaseTally.ALL + CaseTally.CASES),
					helped, counters.get(CaseTally.ALL + CaseTally.NEW_RESIDENTS),
					counters.get(CaseTally.ALL + CaseTally.CONTAINED),
					counters.get(CaseTally.ALL + CaseTally.ESCALATED), target,
					(target != null) ? Leaderboard.completion(helped, target) : null, TicketFigures.of(counters, "")));
		}
		return rows;
	}

	private List<BucketRow> buckets(String prefix) {
		long[] counts = this.total.buckets(prefix);
		List<BucketRow> rows = new ArrayList<>();
		for (int i = 0; i < counts.length; i++) {
			rows.add(new BucketRow(ResponseTimes.LABELS.get(i), counts[i]));
		}
		return rows;
	}

	static Map<String, List<Document>> byLabel(List<Document> documents, String label) {
		Map<String, List<Document>> grouped = new HashMap<>();
		for (Document document : documents) {
			grouped.computeIfAbsent(document.getString(label), (key) -> new ArrayList<>()).add(document);
		}
		return grouped;
	}

}

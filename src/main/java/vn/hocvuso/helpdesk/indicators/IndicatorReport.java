package vn.hocvuso.helpdesk.indicators;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The indicators of one period, for the ward or one residential group: what the
 * dashboard, the API and the periodic report show. Percentages have one decimal; response
 * times are the upper bound of their bucket in seconds ({@code -1}: over a day).
 *
 * @param to the last day of the period
 */
public record IndicatorReport(String period, String periodKey, String label, LocalDate from, LocalDate to,
		@Nullable String group, Headline headline, List<DayRow> days, List<TopicRow> topics, List<ChannelRow> channels,
		List<GroupRow> groups, List<BucketRow> botResponse) {

	/**
	 * The headline numbers.
	 *
	 * @param contained answered by the bot without a person
	 * @param feedback residents who answered the feedback question
	 */
	public record Headline(long cases, long residents, long newResidents, long contained,
			@Nullable Double containmentPercent, long clarified, long escalated, long undeliverable, long feedback,
			@Nullable Double helpfulPercent, @Nullable Long botMedianSeconds, @Nullable Long botP90Seconds) {
	}

	public record DayRow(LocalDate day, long cases, long contained, long clarified, long escalated) {
	}

	/** A topic's cases in the period and in the period before, for the trend. */
	public record TopicRow(String topic, String title, long cases, long contained, long escalated, long previousCases) {
	}

	public record ChannelRow(String channel, long cases, long contained, long escalated) {
	}

	/**
	 * A residential group's row; the target and completion are those of a month.
	 *
	 * @param completionPercent residents helped as a share of the target
	 */
	public record GroupRow(String group, String name, long cases, long residents, long newResidents, long contained,
			long escalated, @Nullable Long target, @Nullable Double completionPercent) {
	}

	public record BucketRow(String label, long count) {
	}

	static @Nullable Double percent(long part, long whole) {
		return (whole == 0) ? null : Math.round(1000.0 * part / whole) / 10.0;
	}

}

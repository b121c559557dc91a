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
 * @param ambassadors each ambassador's tickets, in the ward's report only
 * @param humanResponse the ambassadors' first replies, in the same buckets as the bot's
 */
public record IndicatorReport(String period, String periodKey, String label, LocalDate from, LocalDate to,
		@Nullable String group, Headline headline, List<DayRow> days, List<TopicRow> topics, List<ChannelRow> channels,
		List<GroupRow> groups, List<AmbassadorRow> ambassadors, List<BucketRow> botResponse,
		List<BucketRow> humanResponse) {

	/**
	 * The headline numbers.
	 *
	 * @param contained answered by the bot without a person
	 * @param feedback residents who answered the feedback question
	 */
	public record Headline(long cases, long residents, long newResidents, long contained,
			@Nullable Double containmentPercent, long clarified, long escalated, long undeliverable, long feedback,
			@Nullable Double helpfulPercent, @Nullable Long botMedianSeconds, @Nullable Long botP90Seconds,
			TicketFigures tickets) {
	}

	/**
	 * What happened to tickets in the period, each step counted on its day: opened,
	 * claimed, first replied to by a person, resolved, not claimed by their deadline; the
	 * times from opening to those steps (median and 90th percentile, bucket bounds in
	 * seconds); and the residents' feedback on resolved tickets.
	 */
	public record TicketFigures(long opened, long claimed, long answered, long resolved, long pastSla,
			@Nullable Long claimMedianSeconds, @Nullable Long claimP90Seconds, @Nullable Long humanMedianSeconds,
			@Nullable Long humanP90Seconds, @Nullable Long resolveMedianSeconds, @Nullable Long resolveP90Seconds,
			long feedback, @Nullable Double helpfulPercent) {

		static TicketFigures of(Counters counters, String prefix) {
			String at = prefix + TicketFacts.PREFIX;
			long[] claim = counters.buckets(at + TicketFacts.CLAIM_TIME);
			long[] human = counters.buckets(at + TicketFacts.HUMAN_RESPONSE);
			long[] resolve = counters.buckets(at + TicketFacts.RESOLVE_TIME);
			long helpful = counters.get(at + TicketFacts.HELPFUL);
			long feedback = helpful + counters.get(at + TicketFacts.NOT_HELPFUL);
			return new TicketFigures(counters.get(at + TicketFacts.OPENED), counters.get(at + TicketFacts.CLAIMED),
					counters.get(at + TicketFacts.ANSWERED), counters.get(at + TicketFacts.RESOLVED),
					counters.get(at + TicketFacts.PAST_SLA), ResponseTimes.quantile(claim, 0.5),
					ResponseTimes.quantile(claim, 0.9), ResponseTimes.quantile(human, 0.5),
					ResponseTimes.quantile(human, 0.9), ResponseTimes.quantile(resolve, 0.5),
					ResponseTimes.quantile(resolve, 0.9), feedback, percent(helpful, feedback));
		}

	}

	public record DayRow(LocalDate day, long cases, long contained, long clarified, long escalated) {
	}

	/** A topic's cases in the period and in the period before, for the trend. */
	public record TopicRow(String topic, String title, long cases, long contained, long escalated, long previousCases,
			TicketFigures tickets) {
	}

	public record ChannelRow(String channel, long cases, long contained, long escalated, TicketFigures tickets) {
	}

	/** An ambassador's tickets: those they claimed, first replied to and resolved. */
	public record AmbassadorRow(String username, String name, TicketFigures tickets) {
	}

	/**
	 * A residential group's row; the target and completion are those of a month.
	 *
	 * @param completionPercent residents helped as a share of the target
	 */
	public record GroupRow(String group, String name, long cases, long residents, long newResidents, long contained,
			long escalated, @Nullable Long target, @Nullable Double completionPercent, TicketFigures tickets) {
	}

	public record BucketRow(String label, long count) {
	}

	static @Nullable Double percent(long part, long whole) {
		return (whole == 0) ? null : Math.round(1000.0 * part / whole) / 10.0;
	}

}

package vn.hocvuso.helpdesk.indicators;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The tickets behind a number of the dashboard: an outcome ({@code opened},
 * {@code claimed}, {@code answered}, {@code resolved}, {@code pastSla}) counted in the
 * period, for the ward, a group, a topic, a channel or an ambassador. It matches exactly
 * the tickets whose tally counts in that number.
 *
 * @param topic a topic id; the empty string selects tickets without a guessed topic
 */
public record TicketFilter(@Nullable String group, @Nullable String ambassador, @Nullable String topic,
		@Nullable String channel, String outcome) {

	public static final List<String> OUTCOMES = TicketFacts.OUTCOMES;

	public TicketFilter {
		if (!OUTCOMES.contains(outcome)) {
			throw new IllegalArgumentException("unknown outcome " + outcome + "; one of " + OUTCOMES);
		}
	}

	boolean test(TicketFacts facts, Period period, ZoneId zone) {
		for (Map.Entry<String, Map<String, Long>> counted : facts.tally(zone).entrySet()) {
			String id = counted.getKey();
			boolean day = CounterIds.isGroupDay(id) || CounterIds.isAmbassadorDay(id);
			if (day && within(LocalDate.parse(id.substring(0, 10)), period) && counts(id, counted.getValue())) {
				return true;
			}
		}
		return false;
	}

	private boolean counts(String id, Map<String, Long> amounts) {
		String owner = id.substring(11);
		if (this.ambassador != null) {
			return owner.equals(CounterIds.ambassador(this.ambassador))
					&& amounts.containsKey(TicketFacts.PREFIX + this.outcome);
		}
		return CounterIds.isGroupDay(id) && (this.group == null || this.group.equals(owner))
				&& amounts.containsKey(TicketFacts.PREFIX + this.outcome)
				&& (this.topic == null || amounts
					.containsKey(CaseTally.TOPICS + CaseTally.fieldKey(this.topic.isEmpty() ? null : this.topic) + "."
							+ TicketFacts.PREFIX + this.outcome))
				&& (this.channel == null || amounts
					.containsKey(CaseTally.CHANNELS + this.channel + "." + TicketFacts.PREFIX + this.outcome));
	}

	private static boolean within(LocalDate day, Period period) {
		return !day.isBefore(period.start()) && day.isBefore(period.end());
	}

}

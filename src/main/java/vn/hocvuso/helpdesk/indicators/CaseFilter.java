package vn.hocvuso.helpdesk.indicators;

import java.time.ZoneId;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.hocvuso.helpdesk.cases.SupportCase;

/**
 * The cases behind a number of the dashboard: a group, topic, channel and outcome, any of
 * them open. An outcome is a counter name ({@code contained}, {@code escalated}, ...) and
 * matches exactly the cases that count in it.
 *
 * @param topic a topic id; the empty string selects cases without a topic
 */
public record CaseFilter(@Nullable String group, @Nullable String topic, @Nullable String channel,
		@Nullable String outcome) {

	public static final List<String> OUTCOMES = List.of(CaseTally.CASES, CaseTally.CONTAINED, CaseTally.CLARIFIED,
			CaseTally.ESCALATED, CaseTally.UNDELIVERABLE, CaseTally.HELPFUL, CaseTally.NOT_HELPFUL);

	public CaseFilter {
		if (outcome != null && !OUTCOMES.contains(outcome)) {
			throw new IllegalArgumentException("unknown outcome " + outcome + "; one of " + OUTCOMES);
		}
	}

	public boolean test(SupportCase supportCase, ZoneId zone) {
		CaseTally tally = CaseTally.of(supportCase, zone);
		return (this.group == null || this.group.equals(tally.group()))
				&& (this.topic == null || this.topic.equals(CaseTally.topicOf(CaseTally.fieldKey(supportCase.topic()))))
				&& (this.channel == null || this.channel.equals(supportCase.channel().id()))
				&& (this.outcome == null || tally.increments().containsKey(CaseTally.ALL + this.outcome));
	}

}

package vn.hocvuso.helpdesk.indicators;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import vn.hocvuso.helpdesk.cases.CaseStatus;
import vn.hocvuso.helpdesk.cases.SupportCase;

/**
 * What one case adds to the counters of its day and residential group: field paths of the
 * day document and the amounts to {@code $inc} them by. A changed case adds the
 * difference between its new and old tally, so the counters always equal the sum of the
 * tallies of the cases as they are now, which is what a rebuild computes.
 *
 * @param dayId the {@code _id} of the day document: {@code 2026-11-22|TDP05}
 */
record CaseTally(String dayId, LocalDate day, String group, Map<String, Long> increments) {

	/** The group of cases whose resident's group is not known. */
	static final String NO_GROUP = "-";

	static final String CASES = "cases";

	static final String CONTAINED = "contained";

	static final String CLARIFIED = "clarified";

	static final String ESCALATED = "escalated";

	static final String UNDELIVERABLE = "undeliverable";

	static final String HELPFUL = "helpful";

	static final String NOT_HELPFUL = "notHelpful";

	/** Distinct residents of the day, counted by {@link ResidentKeys}. */
	static final String RESIDENTS = "residents";

	/**
	 * Residents whose first case ever fell on the day, counted by {@link ResidentKeys}.
	 */
	static final String NEW_RESIDENTS = "newResidents";

	/** The outcome counters kept per topic and per channel as well as in total. */
	static final List<String> OUTCOMES = List.of(CASES, CONTAINED, CLARIFIED, ESCALATED);

	static final String ALL = "all.";

	static final String TOPICS = "topics.";

	static final String CHANNELS = "channels.";

	static final String BOT_RESPONSE = "botResponse.";

	CaseTally {
		increments = Map.copyOf(increments);
	}

	static CaseTally of(SupportCase supportCase, ZoneId zone) {
		LocalDate day = supportCase.receivedAt().atZone(zone).toLocalDate();
		String group = groupOf(supportCase);
		Map<String, Long> increments = new HashMap<>();
		Map<String, Boolean> outcomes = Map.of(CASES, true, CONTAINED, isContained(supportCase), CLARIFIED,
				"clarify".equals(supportCase.decision()), ESCALATED, supportCase.status() == CaseStatus.ESCALATED);
		outcomes.forEach((name, counted) -> {
			if (counted) {
				increments.put(ALL + name, 1L);
				increments.put(TOPICS + fieldKey(supportCase.topic()) + "." + name, 1L);
				increments.put(CHANNELS + supportCase.channel().id() + "." + name, 1L);
			}
		});
		countIf(increments, ALL + UNDELIVERABLE, supportCase.deliveryProblem() != null);
		countIf(increments, ALL + HELPFUL, SupportCase.HELPFUL.equals(supportCase.feedback()));
		countIf(increments, ALL + NOT_HELPFUL, SupportCase.NOT_HELPFUL.equals(supportCase.feedback()));
		if (supportCase.repliedAt() != null) {
			int bucket = ResponseTimes.bucketOf(Duration.between(supportCase.receivedAt(), supportCase.repliedAt()));
			increments.put(BOT_RESPONSE + bucket, 1L);
		}
		return new CaseTally(CounterIds.day(day, group), day, group, increments);
	}

	/**
	 * The change from {@code before} to this tally, as the amounts to add to each day
	 * document: one document, or two when the case's group became known after it was
	 * opened. Zero amounts are left out.
	 */
	List<CaseTally> minus(@Nullable CaseTally before) {
		if (before == null) {
			return List.of(this);
		}
		if (!before.dayId.equals(this.dayId)) {
			return List.of(before.negated(), this);
		}
		Map<String, Long> difference = new HashMap<>(this.increments);
		before.increments.forEach((path, amount) -> difference.merge(path, -amount, Long::sum));
		difference.values().removeIf((amount) -> amount == 0);
		return List.of(new CaseTally(this.dayId, this.day, this.group, difference));
	}

	private CaseTally negated() {
		Map<String, Long> negated = new HashMap<>();
		this.increments.forEach((path, amount) -> negated.put(path, -amount));
		return new CaseTally(this.dayId, this.day, this.group, negated);
	}

	static String groupOf(SupportCase supportCase) {
		return groupOf(supportCase.groupCode());
	}

	static String groupOf(@Nullable String group) {
		return (group == null || group.isBlank()) ? NO_GROUP : group;
	}

	/**
	 * Topic ids contain dots, which a field path cannot: {@code vneid.install} →
	 * {@code vneid~install}.
	 */
	static String fieldKey(@Nullable String topic) {
		return (topic == null) ? NO_GROUP : topic.replace('.', '~');
	}

	static String topicOf(String fieldKey) {
		return fieldKey.equals(NO_GROUP) ? "" : fieldKey.replace('~', '.');
	}

	/** Answered by the bot and never handed to a person. */
	private static boolean isContained(SupportCase supportCase) {
		return supportCase.status() == CaseStatus.ANSWERED && supportCase.deliveryProblem() == null;
	}

	private static void countIf(Map<String, Long> increments, String path, boolean counted) {
		if (counted) {
			increments.put(path, 1L);
		}
	}

}

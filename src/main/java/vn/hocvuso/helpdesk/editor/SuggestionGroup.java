package vn.hocvuso.helpdesk.editor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import vn.hocvuso.helpdesk.knowledge.Library;
import vn.hocvuso.helpdesk.nlu.model.TopicScore;

/**
 * Suggested questions to review at once.
 *
 * @param id the id of its first question
 * @param topic the topic suggested, null when the replies resemble none enough
 * @param score from 0 to 1, how much the replies resemble that topic (their average)
 * @param alternatives the three topics the replies resemble most, for staff to pick
 */
record SuggestionGroup(String id, @Nullable String topic, @Nullable String title, double score,
		List<TryResult.RankedTopic> alternatives, List<PendingQuestion> questions) {

	static SuggestionGroup of(List<Member> members, Library library) {
		Map<String, Double> totals = new HashMap<>();
		members.forEach((member) -> member.ranked()
			.forEach((score) -> totals.merge(score.topic(), score.confidence(), Double::sum)));
		List<TryResult.RankedTopic> alternatives = totals.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Double>comparingByValue().reversed())
			.limit(3)
			.map((total) -> new TryResult.RankedTopic(total.getKey(), TryResult.title(total.getKey(), library),
					rounded(total.getValue() / members.size())))
			.toList();
		String topic = members.get(0).topic();
		double score = (topic == null) ? 0 : totals.getOrDefault(topic, 0.0) / members.size();
		return new SuggestionGroup(members.get(0).question().id(), topic,
				(topic != null) ? TryResult.title(topic, library) : null, rounded(score), alternatives,
				members.stream().map(Member::question).toList());
	}

	private static double rounded(double score) {
		return Math.round(score * 1000) / 1000.0;
	}

	/**
	 * One question with what its replies resemble.
	 *
	 * @param words its normalised words without diacritics, for grouping
	 * @param ranked every topic with how much the replies resemble it, most first
	 * @param topic the topic suggested, null when no topic is alike enough
	 */
	record Member(PendingQuestion question, String words, List<TopicScore> ranked, @Nullable String topic) {
	}

}

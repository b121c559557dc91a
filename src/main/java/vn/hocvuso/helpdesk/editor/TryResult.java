package vn.hocvuso.helpdesk.editor;

import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.hocvuso.helpdesk.knowledge.Library;
import vn.hocvuso.helpdesk.nlu.Decision;
import vn.hocvuso.helpdesk.nlu.model.Prediction;

/**
 * What the bot would make of a question, with the live library and with the drafts.
 *
 * @param normalized the normalised form the model sees
 */
record TryResult(String text, String normalized, Side live, Side draft) {

	/**
	 * One library's view.
	 *
	 * @param topics the three likeliest topics
	 */
	record Side(int version, boolean hasDrafts, List<RankedTopic> topics, Outcome decision) {

		static Side of(int version, boolean hasDrafts, Prediction prediction, Decision decision, Library library) {
			List<RankedTopic> topics = prediction.ranked()
				.stream()
				.limit(3)
				.map((score) -> new RankedTopic(score.topic(), title(score.topic(), library),
						Math.round(score.confidence() * 1000) / 1000.0))
				.toList();
			return new Side(version, hasDrafts, topics, Outcome.of(decision, library));
		}

	}

	record RankedTopic(String topic, String title, double confidence) {
	}

	/**
	 * The decision and, in plain words, what the resident would get.
	 *
	 * @param kind {@code answer}, {@code clarify} or {@code escalate}
	 */
	record Outcome(String kind, @Nullable String topic, List<String> choices, String explanation) {

		static Outcome of(Decision decision, Library library) {
			if (decision instanceof Decision.Answer answer) {
				String also = answer.alsoEscalate() ? ", đồng thời báo gấp cho Đại sứ số" : "";
				return new Outcome(answer.kind(), answer.topic(), List.of(),
						"Trả lời bằng bài \"" + title(answer.topic(), library) + "\"" + also + ".");
			}
			if (decision instanceof Decision.Clarify clarify) {
				List<String> titles = clarify.topics().stream().map((topic) -> title(topic, library)).toList();
				return new Outcome(clarify.kind(), null, clarify.topics(),
						"Hỏi lại người dân: " + String.join(" hay ", titles) + "?");
			}
			Decision.Escalate escalate = (Decision.Escalate) decision;
			String why = switch (escalate.reason()) {
				case ASKED_FOR_HUMAN -> "người dân muốn gặp người hỗ trợ";
				case OUT_OF_SCOPE -> "câu hỏi ngoài phạm vi các bài hướng dẫn";
				case LOW_CONFIDENCE -> "máy chưa đủ chắc chắn";
			};
			return new Outcome(escalate.kind(), null, List.of(), "Chuyển cho Đại sứ số (" + why + ").");
		}

	}

	static String title(String topic, Library library) {
		return library.article(topic).map((article) -> article.title()).orElse(topic);
	}

}

package vn.hocvuso.helpdesk.nlu;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.hocvuso.helpdesk.knowledge.Article;
import vn.hocvuso.helpdesk.knowledge.Library;
import vn.hocvuso.helpdesk.knowledge.SystemIntents;
import vn.hocvuso.helpdesk.nlu.model.Prediction;
import vn.hocvuso.helpdesk.nlu.model.TopicScore;

import static org.assertj.core.api.Assertions.assertThat;

class DecisionPolicyTests {

	private final DecisionPolicy policy = new DecisionPolicy(new DecisionPolicy.Thresholds(0.5, 0.15, 0.6));

	private final Library library = Library.of(1,
			List.of(article("vneid.install", Article.Urgency.NORMAL), article("vneid.login", Article.Urgency.NORMAL),
					article("scam.victim", Article.Urgency.URGENT),
					article(SystemIntents.HUMAN, Article.Urgency.NORMAL)));

	@Test
	void answersWhenConfidentAndClearOfTheSecond() {
		assertThat(decide("vneid.install", 0.7, "vneid.login", 0.2))
			.isEqualTo(new Decision.Answer("vneid.install", 0.7, false));
	}

	@Test
	void clarifiesWhenTwoTopicsAreClose() {
		assertThat(decide("vneid.install", 0.45, "vneid.login", 0.4))
			.isEqualTo(new Decision.Clarify(List.of("vneid.install", "vneid.login")));
	}

	@Test
	void escalatesWhenConfidenceIsLow() {
		assertThat(decide("vneid.install", 0.3, "vneid.login", 0.1))
			.isEqualTo(new Decision.Escalate(Decision.Reason.LOW_CONFIDENCE));
	}

	@Test
	void escalatesOutOfScopeQuestions() {
		assertThat(decide(SystemIntents.OUT_OF_SCOPE, 0.9, "vneid.login", 0.05))
			.isEqualTo(new Decision.Escalate(Decision.Reason.OUT_OF_SCOPE));
	}

	@Test
	void alwaysEscalatesARequestForAPersonEvenWhenUnsure() {
		assertThat(decide(SystemIntents.HUMAN, 0.2, "vneid.login", 0.19))
			.isEqualTo(new Decision.Escalate(Decision.Reason.ASKED_FOR_HUMAN));
	}

	@Test
	void answersAndEscalatesAnUrgentTopic() {
		assertThat(decide("scam.victim", 0.8, "vneid.login", 0.1))
			.isEqualTo(new Decision.Answer("scam.victim", 0.8, true));
	}

	@Test
	void neverAnswersATopicWithoutAnArticle() {
		assertThat(decide("dvc.submit", 0.9, "vneid.login", 0.05))
			.isEqualTo(new Decision.Escalate(Decision.Reason.LOW_CONFIDENCE));
	}

	@Test
	void answersAGreetingThatLeadsEvenWhenUnsure() {
		Library withGreeting = Library.of(1, List.of(article(SystemIntents.GREETING, Article.Urgency.NORMAL)));
		assertThat(this.policy.decide(
				new Prediction(
						List.of(new TopicScore(SystemIntents.GREETING, 0.2), new TopicScore("vneid.login", 0.15)), 1),
				withGreeting))
			.isEqualTo(new Decision.Answer(SystemIntents.GREETING, 0.2, false));
	}

	private Decision decide(String top, double topScore, String second, double secondScore) {
		return this.policy.decide(
				new Prediction(List.of(new TopicScore(top, topScore), new TopicScore(second, secondScore)), 1),
				this.library);
	}

	private static Article article(String id, Article.Urgency urgency) {
		return new Article(id, id, List.of(), 1, LocalDate.of(2026, 11, 22), urgency, List.of(), "1. a\n2. b", "",
				List.of());
	}

}

package vn.hocvuso.helpdesk.escalation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class FeedbackAnswersTests {

	@ParameterizedTest
	@ValueSource(strings = { "Có ích", "có", "co ich a", "tốt rồi", "cảm ơn cháu", "ok", "được rồi" })
	void readsAHelpfulAnswer(String said) {
		assertThat(FeedbackAnswers.helpful(said)).contains(true);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Chưa giúp được", "chưa", "không", "ko", "vẫn chưa được", "không có ích" })
	void readsANotHelpfulAnswer(String said) {
		assertThat(FeedbackAnswers.helpful(said)).contains(false);
	}

	@ParameterizedTest
	@ValueSource(strings = { "cài vneid thế nào", "không vào được vneid", "có cách nào lấy lại mật khẩu không" })
	void takesAQuestionAsAQuestionNotAnAnswer(String said) {
		assertThat(FeedbackAnswers.helpful(said)).isEmpty();
	}

}

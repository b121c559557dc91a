package vn.hocvuso.helpdesk.conversation;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.hocvuso.helpdesk.HelpdeskClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The clarify round trip: with thresholds that never allow a direct answer, an in-scope
 * question is answered by a choice between two topics, and tapping one answers it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "helpdesk.store.embedded-backend=memory", "helpdesk.escalation.answer-threshold=1.0",
				"helpdesk.escalation.clarify-threshold=0.0" })
class ClarifyIntegrationTests {

	@LocalServerPort
	int port;

	HelpdeskClient client;

	@BeforeEach
	void connect() {
		this.client = HelpdeskClient.on(this.port);
	}

	@Test
	void tappingOneOfTheOfferedTopicsAnswersIt() {
		Map<String, Object> question = this.client.chat("clarify-session-1", "quen mat khau vneid k dang nhap dc");
		assertThat(question.get("decision")).isEqualTo("clarify");
		List<String> choices = quickReplies(question);
		assertThat(choices).hasSize(3).contains("Đăng nhập VNeID, quên mật khẩu").endsWith("Gặp người hỗ trợ");

		Map<String, Object> answer = this.client.chat("clarify-session-1", "Đăng nhập VNeID, quên mật khẩu");
		assertThat(answer.get("decision")).isEqualTo("answer");
		assertThat(answer.get("topic")).isEqualTo("vneid.login");
	}

	@Test
	void tappingThePersonButtonEscalates() {
		this.client.chat("clarify-session-2", "cai vneid o dau");
		Map<String, Object> handOff = this.client.chat("clarify-session-2", "Gặp người hỗ trợ");
		assertThat(handOff.get("decision")).isEqualTo("escalate");
	}

	@Test
	void theChoiceIsForgottenOnceAnswered() {
		this.client.chat("clarify-session-3", "quen mat khau vneid k dang nhap dc");
		this.client.chat("clarify-session-3", "Đăng nhập VNeID, quên mật khẩu");
		// "1" picked the first choice while the question was pending; not any more.
		Map<String, Object> again = this.client.chat("clarify-session-3", "1");
		assertThat(again.get("topic")).isNotIn("vneid.login", "vneid.install");
	}

	@SuppressWarnings("unchecked")
	private static List<String> quickReplies(Map<String, Object> reply) {
		return (List<String>) reply.get("quickReplies");
	}

}

package vn.hocvuso.helpdesk.editor;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.hocvuso.helpdesk.cases.CaseStatus;
import vn.hocvuso.helpdesk.cases.SupportCase;
import vn.hocvuso.helpdesk.shared.ChannelType;
import vn.hocvuso.helpdesk.tickets.Ticket;
import vn.hocvuso.helpdesk.tickets.TicketState;

import static org.assertj.core.api.Assertions.assertThat;

class PendingQuestionTests {

	static final Instant NOW = Instant.parse("2026-11-22T03:00:00Z");

	@ParameterizedTest(name = "{0} / {1} / {2} → {3}")
	@CsvSource(nullValues = "-", textBlock = """
			escalate, LOW_CONFIDENCE,  -,           ESCALATED
			escalate, OUT_OF_SCOPE,    -,           ESCALATED
			escalate, ASKED_FOR_HUMAN, -,           -
			answer,   -,               not_helpful, NOT_HELPFUL
			answer,   -,               helpful,     -
			answer,   -,               -,           -
			clarify,  -,               -,           -
			silent,   -,               -,           -
			group,    -,               -,           -
			""")
	void suggestsWhatTheBotDidNotSettle(String decision, String reason, String feedback, String expected) {
		Optional<PendingQuestion> question = PendingQuestion.of(resolved(),
				asked("quen ma 6 so vao app cong an roi", decision, reason, feedback));
		assertThat(question.map((q) -> q.reason().name())).isEqualTo(Optional.ofNullable(expected));
	}

	@ParameterizedTest
	@CsvSource(
			textBlock = """
					'   '
					'a question far too long to be an example, again and again and again and again and again and again and again and again and again and again and again and again and again and again and again and again and again and again and again and again and again and again and again and again and again and again and again'
					""")
	void leavesOutWhatCannotBeAnExample(String text) {
		assertThat(PendingQuestion.of(resolved(), asked(text, "escalate", "LOW_CONFIDENCE", null))).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(textBlock = """
			quen   ma 6 so
			""")
	void keepsTheAmbassadorsRepliesAndNoteAsTheReply(String text) {
		PendingQuestion question = PendingQuestion.of(resolved(), asked(text, "escalate", "LOW_CONFIDENCE", null))
			.orElseThrow();
		assertThat(question.text()).isEqualTo("quen ma 6 so");
		assertThat(question.reply()).isEqualTo("Bác bấm Quên passcode ạ\nĐã gọi điện hướng dẫn");
		assertThat(question.resolvedBy()).isEqualTo("ds01");
	}

	private static Ticket resolved() {
		List<Ticket.Entry> conversation = List.of(
				new Ticket.Entry(NOW, Ticket.Author.RESIDENT, "quen ma 6 so", null, "c1", null),
				new Ticket.Entry(NOW, Ticket.Author.BOT, "Dạ cháu chuyển cho Đại sứ số", null, "c1", null),
				new Ticket.Entry(NOW, Ticket.Author.AMBASSADOR, "Bác bấm Quên passcode ạ", "ds01", null, "r1"),
				new Ticket.Entry(NOW, Ticket.Author.SYSTEM, "ds01 đã đánh dấu xong", null, null, null));
		return new Ticket("t1", "r1", ChannelType.WEBCHAT, "web-1", null, TicketState.RESOLVED, null, true, NOW, NOW,
				false, "ds01", NOW, NOW, NOW, "ds01", "Đã gọi điện hướng dẫn", 0, "c1", List.of(), List.of(),
				conversation, null, 3);
	}

	private static SupportCase asked(String text, String decision, String reason, String feedback) {
		return new SupportCase("c1", ChannelType.WEBCHAT, "r1", "m1", text, text, null, 0.2, decision, reason, null,
				CaseStatus.ESCALATED, false, List.of(), NOW, NOW, null, null, feedback);
	}

}

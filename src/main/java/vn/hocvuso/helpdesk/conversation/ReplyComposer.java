package vn.hocvuso.helpdesk.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.hocvuso.helpdesk.cases.CaseStatus;
import vn.hocvuso.helpdesk.cases.SupportCase;
import vn.hocvuso.helpdesk.knowledge.Article;
import vn.hocvuso.helpdesk.knowledge.Library;
import vn.hocvuso.helpdesk.knowledge.SystemIntents;
import vn.hocvuso.helpdesk.delivery.Reply;
import vn.hocvuso.helpdesk.nlu.Decision;

/**
 * Words the bot's decision for a resident, in plain polite Vietnamese, with buttons where
 * they save typing. Answers come from the library, so staff control what is said.
 */
class ReplyComposer {

	static final String URGENT_NOTE = "Bác đừng lo, cháu đã báo gấp cho Đại sứ số của phường để liên hệ hỗ trợ bác ngay.";

	static final String CLARIFY_QUESTION = "Dạ, bác đang hỏi về việc nào dưới đây ạ? Bác bấm chọn một mục giúp cháu nhé.";

	static final String NOT_SURE = "Dạ, cháu chưa hiểu rõ câu hỏi của bác. Cháu đã chuyển câu hỏi cho Đại sứ số của phường, "
			+ "người hỗ trợ sẽ nhắn lại bác sớm ạ. Trong lúc chờ, bác có thể bấm một mục dưới đây.";

	static final String OUT_OF_SCOPE = "Dạ, câu hỏi này nằm ngoài các hướng dẫn kỹ năng số của cháu. Cháu đã chuyển cho cán bộ "
			+ "phường để trả lời bác sớm ạ.";

	static final String HUMAN = "Dạ, cháu đã chuyển yêu cầu của bác cho Đại sứ số của phường. Người hỗ trợ sẽ nhắn lại bác sớm ạ. "
			+ "Xin bác lưu ý: không ai được hỏi mật khẩu hay mã OTP của bác.";

	static final String WELCOME = "Dạ, cháu chào bác! Cháu là trợ lý Hỏi đáp số của phường. Bác cứ nhắn câu hỏi về "
			+ "điện thoại, VNeID, dịch vụ công hay chuyển tiền, cháu trả lời ngay ạ.";

	private final List<String> popularTopics;

	ReplyComposer(List<String> popularTopics) {
		this.popularTopics = List.copyOf(popularTopics);
	}

	Composed compose(Decision decision, Library library) {
		if (decision instanceof Decision.Answer answer) {
			return answer(answer, library);
		}
		if (decision instanceof Decision.Clarify clarify) {
			List<Reply.QuickReply> buttons = new ArrayList<>(buttons(clarify.topics(), library));
			buttons.add(humanButton(library));
			return new Composed(CLARIFY_QUESTION, buttons, CaseStatus.CLARIFYING);
		}
		Decision.Escalate escalate = (Decision.Escalate) decision;
		return switch (escalate.reason()) {
			case ASKED_FOR_HUMAN ->
				new Composed(shortAnswer(SystemIntents.HUMAN, library).orElse(HUMAN), List.of(), CaseStatus.ESCALATED);
			case OUT_OF_SCOPE -> new Composed(OUT_OF_SCOPE, List.of(), CaseStatus.ESCALATED);
			case LOW_CONFIDENCE -> new Composed(NOT_SURE, buttons(this.popularTopics, library), CaseStatus.ESCALATED);
		};
	}

	private Composed answer(Decision.Answer answer, Library library) {
		Article article = library.article(answer.topic()).orElseThrow();
		if (answer.alsoEscalate()) {
			return new Composed(article.shortAnswer() + "\n\n" + URGENT_NOTE, List.of(), CaseStatus.ESCALATED);
		}
		List<Reply.QuickReply> buttons = answer.topic().equals(SystemIntents.GREETING)
				? buttons(this.popularTopics, library) : List.of();
		return new Composed(article.shortAnswer(), buttons, CaseStatus.ANSWERED);
	}

	/** The greeting for a new follower, with buttons for the most asked topics. */
	Composed welcome(Library library) {
		String text = shortAnswer(SystemIntents.GREETING, library).orElse(WELCOME);
		return new Composed(text, buttons(this.popularTopics, library), CaseStatus.ANSWERED);
	}

	/**
	 * Buttons showing the titles of the given topics; tapping one sends its title back.
	 */
	static List<Reply.QuickReply> buttons(List<String> topics, Library library) {
		return topics.stream()
			.flatMap((topic) -> library.article(topic).stream())
			.map((article) -> Reply.QuickReply.of(article.title()))
			.toList();
	}

	/** The button that asks for a person, with the title staff gave it. */
	static Reply.QuickReply humanButton(Library library) {
		return Reply.QuickReply.of(library.article(SystemIntents.HUMAN).map(Article::title).orElse("Gặp người hỗ trợ"));
	}

	private static Optional<String> shortAnswer(String topic, Library library) {
		return library.article(topic).map(Article::shortAnswer).filter((text) -> !text.isBlank());
	}

	/** A worded reply and the case status it leads to. */
	record Composed(String text, List<Reply.QuickReply> quickReplies, CaseStatus status) {

		SupportCase.Outcome outcome(Decision decision, String topic, double confidence) {
			String reason = (decision instanceof Decision.Escalate escalate) ? escalate.reason().name() : null;
			boolean urgent = decision instanceof Decision.Answer answer && answer.alsoEscalate();
			return new SupportCase.Outcome(topic, confidence, decision.kind(), reason, this.text, this.status, urgent);
		}

	}

}

package vn.hocvuso.helpdesk.conversation;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import vn.hocvuso.helpdesk.cases.CaseStatus;
import vn.hocvuso.helpdesk.cases.SupportCase;
import vn.hocvuso.helpdesk.residents.ResidentSession;

/**
 * Messages the bot cannot read. Pictures, files, voice messages and shared places go to a
 * person with their links (an ambassador can look; a place as a map link); stickers,
 * videos and links get a polite request to type the question.
 */
final class AttachmentReplies {

	static final String FOR_A_PERSON = "Dạ, cháu chưa xem được hình ảnh, tệp hay tin nhắn thoại. Cháu đã chuyển cho "
			+ "Đại sứ số của phường xem giúp bác. Nếu tiện, bác gõ chữ câu hỏi để cháu trả lời ngay ạ.";

	static final String PLACE_FOR_A_PERSON = "Dạ, cháu đã nhận vị trí bác gửi và chuyển cho Đại sứ số của phường "
			+ "xem giúp bác. Nếu tiện, bác gõ chữ câu hỏi để cháu trả lời ngay ạ.";

	static final String TYPE_PLEASE = "Dạ, cháu chỉ đọc được tin nhắn chữ. Bác gõ câu hỏi giúp cháu, có dấu hay không "
			+ "dấu đều được ạ.";

	private static final Set<String> FOR_A_PERSON_TYPES = Set.of("image", "file", "audio", "voice", "document");

	private AttachmentReplies() {
	}

	/**
	 * A plan when the message carries something other than text, empty for plain text.
	 */
	static Optional<Plan> plan(InboundMessage message) {
		if (message.attachments().isEmpty()) {
			return Optional.empty();
		}
		boolean content = message.attachments()
			.stream()
			.anyMatch((attachment) -> FOR_A_PERSON_TYPES.contains(attachment.type()));
		boolean place = message.attachments().stream().anyMatch(InboundMessage.Attachment::isPlace);
		boolean forAPerson = content || place;
		String text = content ? FOR_A_PERSON : (place ? PLACE_FOR_A_PERSON : TYPE_PLEASE);
		SupportCase.Outcome outcome = new SupportCase.Outcome(null, 0, "attachment", forAPerson ? "ATTACHMENT" : null,
				text, forAPerson ? CaseStatus.ESCALATED : CaseStatus.ANSWERED, false);
		return Optional.of(new Plan(text, List.of(), outcome, ResidentSession.idle()));
	}

}

package vn.hocvuso.helpdesk.escalation;

import java.util.List;

import vn.hocvuso.helpdesk.delivery.Reply;
import vn.hocvuso.helpdesk.wards.Ward;

/**
 * The one-time question "which residential group do you live in?", with a button for each
 * of the ward's first groups; the resident may also type it ("tổ 5").
 */
public record GroupQuestion(String text, List<Reply.QuickReply> buttons) {

	static final String ASK = "Để chuyển đúng người, bác ở tổ dân phố nào ạ? Bác bấm chọn hoặc gõ số tổ, ví dụ «tổ 5».";

	private static final int MAX_BUTTONS = 10;

	public GroupQuestion {
		buttons = List.copyOf(buttons);
	}

	static GroupQuestion of(Ward ward) {
		return new GroupQuestion(ASK,
				ward.groups()
					.stream()
					.limit(MAX_BUTTONS)
					.map((group) -> new Reply.QuickReply(group.label(), group.code()))
					.toList());
	}

}

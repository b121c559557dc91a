package vn.hocvuso.helpdesk.campaigns;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A campaign message.
 *
 * @param theme the campaign it belongs to, its first line
 * @param text what it says
 * @param groupCodes the residential groups it is for; empty for the whole ward
 * @param sentAt when it was sent; {@code null} while it is a draft
 * @param queued residents it went out to, through their channel
 * @param notReachable residents their channel would not let the ward reach free now
 */
record Campaign(String id, String theme, String text, List<String> groupCodes, String createdBy, Instant createdAt,
		@Nullable Instant sentAt, @Nullable String sentBy, long queued, long notReachable) {

	static final int MAX_THEME = 120, MAX_TEXT = 1_500;

	/** A line after every campaign message, so a resident knows they can answer. */
	static final String CLOSING = "Bác cần hỏi thêm, cứ nhắn cho cháu ở đây ạ.";

	Campaign {
		groupCodes = List.copyOf(groupCodes);
	}

	/** What a resident receives on their channel. */
	String message() {
		return this.theme + "\n\n" + this.text + "\n\n" + CLOSING;
	}

	/** The text ambassadors paste into their groups' Zalo chats. */
	String copyText() {
		return this.theme + "\n\n" + this.text
				+ "\n\nBà con cần hỏi về kỹ năng số, cứ nhắn Zalo của phường (trang Zalo OA chính thức) để được hướng dẫn.";
	}

}

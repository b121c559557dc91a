package vn.hocvuso.helpdesk.conversation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import vn.hocvuso.helpdesk.cases.CaseStatus;
import vn.hocvuso.helpdesk.cases.SupportCase;
import vn.hocvuso.helpdesk.residents.ResidentSession;
import vn.hocvuso.helpdesk.text.Diacritics;

/**
 * A resident asking the ward to erase what it keeps about them ("xóa dữ liệu của tôi"): a
 * person gets a ticket for the request (reason {@value #REASON}), and the resident is
 * told so. A question about clearing an app's or a phone's data ("xóa dữ liệu Zalo") is
 * not such a request and goes to the library as usual.
 */
final class DataRequests {

	static final String REASON = "DATA_REQUEST";

	static final String ACKNOWLEDGED = "Dạ, cháu đã ghi nhận yêu cầu xóa dữ liệu của bác và chuyển cho cán bộ phường. "
			+ "Cán bộ sẽ xóa các tin nhắn và số điện thoại bác đã gửi cho tài khoản này, rồi báo lại bác. "
			+ "Phường không bao giờ hỏi mật khẩu hay mã OTP của bác.";

	private static final Pattern ERASE = Pattern.compile("\\b(xoa|huy)\\b");

	private static final Pattern WHAT_IS_MINE = Pattern
		.compile("\\b(du lieu|thong tin|so dien thoai|sdt|tin nhan)( ca nhan)?( cua| ve)? ?(toi|tui|minh|em|chau|"
				+ "con|bac|ong|ba|co|chu|anh|chi|tao)\\b|\\bdu lieu ca nhan\\b|\\bthong tin ca nhan\\b");

	private static final Pattern SOMETHING_ELSE = Pattern
		.compile("\\b(zalo|vneid|facebook|app|ung dung|bo nho|may|dien thoai cua|icloud|google|tiktok|"
				+ "ngan hang|the nho|hinh anh|video)\\b");

	private DataRequests() {
	}

	static Optional<Plan> plan(String text) {
		if (text.length() > 300) {
			return Optional.empty();
		}
		String plain = Diacritics.strip(text).toLowerCase(Locale.ROOT).replace('đ', 'd');
		if (!ERASE.matcher(plain).find() || !WHAT_IS_MINE.matcher(plain).find()
				|| SOMETHING_ELSE.matcher(plain.replaceAll("so dien thoai", "")).find()) {
			return Optional.empty();
		}
		SupportCase.Outcome outcome = new SupportCase.Outcome(null, 1.0, "data-request", REASON, ACKNOWLEDGED,
				CaseStatus.ESCALATED, false);
		return Optional.of(new Plan(ACKNOWLEDGED, List.of(), outcome, ResidentSession.idle()));
	}

}

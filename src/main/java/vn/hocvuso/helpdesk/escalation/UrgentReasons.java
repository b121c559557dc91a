package vn.hocvuso.helpdesk.escalation;

import org.jspecify.annotations.Nullable;

import vn.hocvuso.helpdesk.cases.SupportCase;

/**
 * Why a ticket is urgent, as shown at the top of it: urgent tickets come first in the
 * queues and have {@code urgent-claim-within} to be claimed.
 */
final class UrgentReasons {

	static final String SCAM = "Có thể đã bị lừa đảo";

	static final String REPEATED = "Hỏi lại nhiều lần mà bot chưa giúp được";

	static final String REOPENED = "Người dân nhắn lại sau khi phiếu đã xong";

	static final String UNDELIVERABLE = "Tin trả lời của bot không tới được người dân: cần gọi điện";

	private UrgentReasons() {
	}

	/**
	 * Why the ticket a case opens is urgent: an urgent topic (a scam victim), or a reply
	 * the channel refused; empty when it is not.
	 */
	static @Nullable String of(SupportCase supportCase) {
		if (supportCase.urgent()) {
			return SCAM;
		}
		return SupportCase.UNDELIVERABLE.equals(supportCase.escalationReason()) ? UNDELIVERABLE : null;
	}

}

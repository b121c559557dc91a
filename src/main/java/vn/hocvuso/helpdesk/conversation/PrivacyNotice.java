package vn.hocvuso.helpdesk.conversation;

import reactor.core.publisher.Mono;

import vn.hocvuso.helpdesk.residents.Resident;
import vn.hocvuso.helpdesk.residents.ResidentDirectory;

/**
 * The short privacy notice at the end of the first reply a resident gets: what the ward
 * keeps, that numbers are masked, how to ask for erasure, and the full page when its
 * address is configured. Each resident gets it once.
 */
final class PrivacyNotice {

	/** Where the privacy page is served, below the app's public address. */
	static final String PAGE_PATH = "/rieng-tu.html";

	static final String TEXT = "Phường lưu câu hỏi của bác để hỗ trợ và thống kê; số điện thoại, số giấy tờ, "
			+ "số tài khoản bác gõ vào đều được che đi. Muốn phường xóa, bác nhắn «xóa dữ liệu của tôi».";

	private final ResidentDirectory residents;

	private final String text;

	PrivacyNotice(ResidentDirectory residents, String pageUrl) {
		this.residents = residents;
		this.text = pageUrl.isBlank() ? TEXT : TEXT + " Chi tiết: " + pageUrl;
	}

	/**
	 * The address of the full privacy page: the one configured, or else the page on this
	 * server below its public address (the console's, which the ward configures for the
	 * links in ambassadors' notices); none when neither is known.
	 * @param configured {@code helpdesk.conversation.privacy-page-url}
	 * @param publicAddress {@code helpdesk.escalation.console-url}
	 * @return an absolute address, or an empty string
	 */
	static String pageUrl(String configured, String publicAddress) {
		if (!configured.isBlank()) {
			return configured.strip();
		}
		return publicAddress.isBlank() ? "" : publicAddress.strip().replaceAll("/+$", "") + PAGE_PATH;
	}

	/**
	 * The plan, with the notice after its words if the resident has not had it yet. A
	 * silent plan stays silent (the notice waits for the next reply).
	 */
	Mono<Plan> addTo(Resident resident, Plan plan) {
		if (plan.text() == null) {
			return Mono.just(plan);
		}
		return this.residents.firstPrivacyNotice(resident)
			.map((first) -> first ? plan.followedBy(this.text) : plan)
			.defaultIfEmpty(plan);
	}

}

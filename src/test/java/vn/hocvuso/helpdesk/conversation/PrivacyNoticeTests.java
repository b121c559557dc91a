package vn.hocvuso.helpdesk.conversation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The link in the privacy notice: the configured page, else the page on this server below
 * its public address, else none.
 */
class PrivacyNoticeTests {

	@Test
	void theConfiguredPageWins() {
		assertThat(PrivacyNotice.pageUrl(" https://phuong.example.vn/bao-mat ", "https://hoidap.example.vn"))
			.isEqualTo("https://phuong.example.vn/bao-mat");
	}

	@Test
	void withoutOneThePageOnThisServerBelowItsPublicAddress() {
		assertThat(PrivacyNotice.pageUrl("", "https://hoidap.example.vn/"))
			.isEqualTo("https://hoidap.example.vn/rieng-tu.html");
		assertThat(PrivacyNotice.pageUrl("", "https://hoidap.example.vn"))
			.isEqualTo("https://hoidap.example.vn/rieng-tu.html");
	}

	@Test
	void noLinkWhenNeitherIsKnown() {
		assertThat(PrivacyNotice.pageUrl("", " ")).isEmpty();
	}

}

package vn.hocvuso.helpdesk.web;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.hocvuso.helpdesk.HelpdeskIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The privacy page a resident's first reply links to: open to anyone, under the app's
 * Content-Security-Policy, with the facts a resident needs and nothing inline.
 */
@HelpdeskIntegrationTest
class PrivacyPageTests {

	@LocalServerPort
	int port;

	@Test
	void thePrivacyPageIsServedWithoutSignInUnderTheContentSecurityPolicy() {
		String page = http().get()
			.uri(SecurityConfiguration.PRIVACY_PAGE)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_HTML)
			.expectHeader()
			.valueEquals("Content-Security-Policy", SecurityHeaders.CONTENT_SECURITY_POLICY)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(page).contains("91/2025/QH15", "01/01/2026", "xóa dữ liệu của tôi", "mật khẩu hay mã OTP",
				"24 tháng", "tự động che đi", "Đại sứ số", "356/2025/NĐ-CP", "13/2023/NĐ-CP", "Nguồn",
				"kiểm tra ngày 05/12/2026", "href=\"/rieng-tu.css\"");
		assertThat(page).as("nothing inline for the policy to refuse")
			.doesNotContain("style=", "<style", "<script", " onclick=");
		http().get().uri("/rieng-tu.css").exchange().expectStatus().isOk();
	}

	@Test
	void theChatPageLinksToIt() {
		String index = http().get()
			.uri("/")
			.header(HttpHeaders.ACCEPT, MediaType.TEXT_HTML_VALUE)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(index).contains("href=\"" + SecurityConfiguration.PRIVACY_PAGE + "\"");
	}

	private WebTestClient http() {
		return WebTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
	}

}

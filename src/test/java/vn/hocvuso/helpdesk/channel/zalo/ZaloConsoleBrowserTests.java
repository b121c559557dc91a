package vn.hocvuso.helpdesk.channel.zalo;

import java.util.concurrent.ThreadLocalRandom;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.hocvuso.helpdesk.HelpdeskClient;
import vn.hocvuso.helpdesk.WardFixture;
import vn.hocvuso.helpdesk.browser.RealChromium;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * An ambassador on a phone answers a Zalo resident whom Zalo no longer lets the ward
 * reach: the ticket page says so in Vietnamese, asks them to phone, and once they type
 * the resident's number it becomes a call button.
 */
@ZaloIntegrationTest
@ExtendWith(RealChromium.class)
class ZaloConsoleBrowserTests extends ZaloStandIn {

	@LocalServerPort
	int port;

	@Test
	void anAmbassadorIsAskedToPhoneAResidentZaloCannotReachAndNotesTheirNumber(Browser browser) {
		String base = "http://localhost:" + this.port;
		zalo.stubFor(post(urlEqualTo(SEND)).atPriority(10).willReturn(accepted()));
		HelpdeskClient client = HelpdeskClient.on(this.port, "zalo-admin");
		WebTestClient http = client.http();
		WardFixture ward = new WardFixture(client);
		String group = ward.group();
		String ambassador = ward.ambassador(group);
		String user = String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000_000L, 9_999_999_999_999L));
		String id = ward
			.ticketFor((text) -> ZaloSamples.deliver(http, ZaloSamples.text(user, text)).expectStatus().isOk(), group,
					user)
			.ticketId();
		String words = "Dạ chào bác, cháu là Lan, đại sứ số của tổ bác. Cháu gọi bác nhé.";
		zalo.stubFor(post(urlEqualTo(SEND)).atPriority(1)
			.withRequestBody(matchingJsonPath("$.message.text", equalTo(words)))
			.willReturn(json(ZaloSamples.raw("send_cs.error-230.logged"))));

		try (BrowserContext phone = RealChromium.phone(browser)) {
			Page console = phone.newPage();
			console.navigate(base + "/console/");
			RealChromium.signIn(console, ambassador, WardFixture.PASSWORD);
			assertThat(console).hasURL(base + "/console/index.html");
			console.navigate(base + "/console/ticket.html?id=" + id);
			console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nhận phiếu")).click();
			assertThat(console.locator("#status")).containsText("Bạn đã nhận phiếu");
			console.getByLabel("Nội dung trả lời").fill(words);
			console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi trả lời")).click();

			Locator call = console.locator("#call");
			assertThat(call).containsText("Tin nhắn không tới được người dân");
			assertThat(call).containsText("Hãy gọi điện cho người dân");
			assertThat(call).containsText("Chưa có số điện thoại");
			assertThat(console.locator(".msg.ambassador .delivery-problem")).containsText("Hãy gọi điện cho người dân");

			console.getByLabel("Số điện thoại người dân").fill("0912 345 678");
			console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu số")).click();
			assertThat(console.locator("#status")).containsText("Đã lưu số điện thoại");
			Locator callButton = call.locator("a[href='tel:0912345678']");
			assertThat(callButton).hasText("Gọi 0912 345 678");
			assertThat(console.locator("#phone-known a[href='tel:0912345678']")).isVisible();
			RealChromium.screenshot(console, "console-call-resident");
		}
	}

}

package vn.hocvuso.helpdesk.channel.zalo;

import java.time.Duration;
import java.time.Instant;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import vn.hocvuso.helpdesk.HelpdeskClient;
import vn.hocvuso.helpdesk.browser.RealChromium;
import vn.hocvuso.helpdesk.delivery.OutboxEntry;
import vn.hocvuso.helpdesk.delivery.ReplyDelivery;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A ward officer on the shared laptop finds the red banner on the staff pages after Zalo
 * refused the OA's refresh token, follows it to the Zalo OA page and reconnects by
 * pasting a new token pair; the waiting reply then goes out. The switch for paid replies
 * on that page takes effect at once.
 */
@ZaloIntegrationTest
@TestPropertySource(properties = "helpdesk.channels.zalo.refresh-min-interval=0s")
@ExtendWith(RealChromium.class)
class ZaloConnectionBrowserTests extends ZaloStandIn {

	@LocalServerPort
	int port;

	@Autowired
	ZaloTokens tokens;

	@Autowired
	ReplyDelivery delivery;

	@Autowired
	MongoDatabase database;

	@Test
	void staffSeeTheBannerAndReconnectTheOaFromTheStaffPages(Browser browser) {
		this.tokens.connect(new ZaloTokens.Tokens("token-1", "refresh-1"), Instant.now().plusSeconds(3600)).block();
		zalo.resetAll();
		zalo.stubFor(post(urlEqualTo(SEND)).withHeader("access_token", equalTo("token-1"))
			.willReturn(json(ZaloSamples.raw("send_cs.error-216"))));
		zalo.stubFor(post(urlEqualTo(REFRESH)).withRequestBody(containing("grant_type=refresh_token"))
			.willReturn(json("{\"error\":-14014,\"message\":\"Invalid refresh token\"}")));
		zalo.stubFor(
				post(urlEqualTo(SEND)).withHeader("access_token", equalTo("pasted-access")).willReturn(accepted()));
		ZaloOutbox outbox = new ZaloOutbox(this.delivery, this.database);
		String resident = outbox.enqueue("Dạ, bác cài VNeID như sau ạ.");
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> !HelpdeskClient.on(this.port, "zalo-admin").staffList("/api/v1/channels/problems").isEmpty());

		String base = "http://localhost:" + this.port;
		try (BrowserContext laptop = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800))) {
			Page page = laptop.newPage();
			page.navigate(base + "/staff/");
			RealChromium.signIn(page, "admin", "zalo-admin");
			assertThat(page.locator("#staff-pages")).isVisible();
			Locator banner = page.locator("#channel-banner");
			assertThat(banner).containsText("Zalo");
			assertThat(banner).containsText("cần kết nối lại");
			banner.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Sửa ngay")).click();
			assertThat(page).hasURL(base + "/staff/zalo.html");
			assertThat(page.locator("#state")).hasText("Cần kết nối lại");
			assertThat(page.locator("#last-error")).containsText("-14014");
			assertThat(page.locator("#callback")).hasText(base + "/staff/channels/zalo/callback");
			assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kết nối Zalo OA")))
				.hasAttribute("href", "/staff/channels/zalo/connect");
			RealChromium.screenshot(page, "staff-zalo-reconnect");

			page.getByLabel("Access token").fill("pasted-access");
			page.getByLabel("Refresh token").fill("pasted-refresh");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu cặp mã")).click();
			assertThat(page.locator("#status")).containsText("Đã lưu cặp mã mới");
			assertThat(page.locator("#state")).hasText("Đã kết nối");

			Locator paid = page.getByLabel("Cho phép gửi tin trả lời tính phí (quá 48 giờ)");
			assertThat(paid).not().isChecked();
			paid.check();
			assertThat(page.locator("#status")).containsText("Đã cho phép tin trả lời tính phí");
			org.assertj.core.api.Assertions.assertThat(this.tokens.paidReplies()).isTrue();
			paid.uncheck();
			assertThat(page.locator("#status")).containsText("Đã tắt tin tính phí");
			org.assertj.core.api.Assertions.assertThat(this.tokens.paidReplies()).isFalse();
		}
		outbox.awaitStatus(resident, OutboxEntry.Status.SENT);
	}

}

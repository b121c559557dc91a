package vn.hocvuso.helpdesk.browser;

import java.time.Duration;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.web.server.LocalServerPort;

import vn.hocvuso.helpdesk.HelpdeskClient;
import vn.hocvuso.helpdesk.HelpdeskIntegrationTest;
import vn.hocvuso.helpdesk.WardFixture;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A ward officer writes a campaign message, sees it as a Zalo bubble while typing, saves
 * it, sends it after confirming, and sees whom it reached: the resident of the chosen
 * group gets it in the web chat.
 */
@HelpdeskIntegrationTest
@ExtendWith(RealChromium.class)
class CampaignsBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void staffWriteACampaignMessageSeeItAsAZaloBubbleAndSendItToAGroupOnce(Browser browser) {
		HelpdeskClient client = HelpdeskClient.on(this.port);
		WardFixture ward = new WardFixture(client);
		String group = ward.group();
		WardFixture.Resident resident = ward.residentWithTicket(group);
		String theme = "Tháng an toàn trên không gian mạng " + group;
		try (BrowserContext laptop = browser.newContext(new Browser.NewContextOptions().setViewportSize(1100, 900)
			.setLocale("vi-VN")
			.setTimezoneId("Asia/Ho_Chi_Minh"))) {
			Page page = laptop.newPage();
			page.navigate(url("/login"));
			RealChromium.signIn(page, "admin", HelpdeskIntegrationTest.ADMIN_PASSWORD);
			page.waitForURL(Pattern.compile(".*/console/.*"));
			page.navigate(url("/staff/"));
			page.getByText("Tin chiến dịch").first().click();
			page.locator("#theme").fill(theme);
			page.locator("#text")
				.fill("Không bấm vào đường link lạ.\nKhông đọc mã OTP cho ai, kể cả người xưng công an.");
			assertThat(page.locator("#preview")).containsText(theme);
			assertThat(page.locator("#preview")).containsText("Không đọc mã OTP cho ai");
			page.locator("#groups label")
				.filter(new Locator.FilterOptions().setHasText(group))
				.locator("input")
				.check();
			RealChromium.screenshot(page, "staff-campaign");
			page.getByText("Lưu tin").click();
			assertThat(page.locator("#status")).containsText("Đã lưu tin");

			Locator saved = page.locator("li[data-campaign]").filter(new Locator.FilterOptions().setHasText(theme));
			assertThat(saved.locator(".copy-text"))
				.hasValue(Pattern.compile(".*Không bấm vào đường link lạ.*", Pattern.DOTALL));
			page.onceDialog((dialog) -> dialog.accept());
			saved.getByText("Gửi tin này").click();
			assertThat(page.locator("#status")).containsText("Đã gửi tới 1 người");
			Locator figures = page.locator("li[data-campaign]")
				.filter(new Locator.FilterOptions().setHasText(theme))
				.locator(".campaign-figures");
			assertThat(figures).containsText("1 người nhận qua kênh của họ");
			assertThat(page.locator("li[data-campaign]").filter(new Locator.FilterOptions().setHasText(theme))).not()
				.containsText("Gửi tin này");
		}
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(
					() -> assertThat(client.mailbox(resident.session())).filteredOn((text) -> text.startsWith(theme))
						.hasSize(1));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}

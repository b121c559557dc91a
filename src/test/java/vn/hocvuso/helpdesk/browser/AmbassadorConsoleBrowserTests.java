package vn.hocvuso.helpdesk.browser;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.hocvuso.helpdesk.HelpdeskIntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * An ambassador on a phone: signs in, sees a resident's new ticket arrive without
 * reloading, claims it, replies and resolves it; the resident's web chat shows the reply
 * and the feedback question; the resident's answer shows on the ambassador's own page.
 */
@HelpdeskIntegrationTest
@ExtendWith(RealChromium.class)
class AmbassadorConsoleBrowserTests {

	private static final String PASSWORD = "mat-khau-dai-su";

	@LocalServerPort
	int port;

	@Test
	void ambassadorAnswersANewTicketFromAPhone(Browser browser) {
		String base = "http://localhost:" + this.port;
		String group = "QB" + (System.nanoTime() % 1_000_000);
		String ambassador = "dsbrowser" + (System.nanoTime() % 100_000);
		WebTestClient admin = WebTestClient.bindToServer()
			.baseUrl(base)
			.defaultHeaders((headers) -> headers.setBasicAuth("admin", HelpdeskIntegrationTest.ADMIN_PASSWORD))
			.build();
		admin.put()
			.uri("/api/v1/groups/" + group)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("name", "Tổ dân phố số 9"))
			.exchange()
			.expectStatus()
			.isOk();
		admin.put()
			.uri("/api/v1/ambassadors/" + ambassador)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("name", "Nguyễn Thị Lan", "phone", "0912345678", "groupCodes", List.of(group), "password",
					PASSWORD))
			.exchange()
			.expectStatus()
			.isOk();

		try (BrowserContext ambassadorPhone = RealChromium.phone(browser);
				BrowserContext residentPhone = RealChromium.phone(browser)) {
			Page console = ambassadorPhone.newPage();
			console.navigate(base + "/console/");
			RealChromium.signIn(console, ambassador, PASSWORD);
			assertThat(console).hasURL(base + "/console/index.html");
			assertThat(console.locator("#who")).hasText("Nguyễn Thị Lan");

			Page chat = residentPhone.newPage();
			chat.navigate(base + "/");
			ask(chat, "Cho bác hỏi giá vàng hôm nay bao nhiêu");
			assertThat(chat.locator(".bubble.bot").last()).containsText("tổ dân phố nào");
			ask(chat, group);
			assertThat(chat.locator(".bubble.bot").last()).containsText("đã ghi nhận bác ở " + group);

			Locator ticket = console.locator("#tickets li", new Page.LocatorOptions().setHasText(group));
			assertThat(ticket).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(10_000));
			assertThat(console.locator("#live")).containsText("Phiếu mới");
			RealChromium.screenshot(console, "console-queue");

			ticket.locator("a").click();
			console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nhận phiếu")).click();
			assertThat(console.locator("#status")).containsText("Bạn đã nhận phiếu");
			console.getByLabel("Nội dung trả lời")
				.fill("Dạ chào bác, cháu là Lan, đại sứ số tổ 9. Giá vàng bác xem trên trang của ngân hàng nhé.");
			console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi trả lời")).click();
			assertThat(console.locator(".msg.ambassador")).containsText("cháu là Lan");
			assertThat(console.locator(".msg.ambassador"))
				.containsText(Pattern.compile("Đang gửi|Đã gửi tới người dân"));
			RealChromium.screenshot(console, "console-ticket");

			console.getByLabel("Kết quả (ghi chú ngắn khi xong)").fill("Đã chỉ cách xem giá vàng");
			console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đánh dấu đã xong")).click();
			assertThat(console.locator("#summary h1")).hasText("Đã xong");

			Locator replies = chat.locator(".bubble.bot");
			assertThat(replies.filter(new Locator.FilterOptions().setHasText("cháu là Lan")))
				.isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(40_000));
			assertThat(replies.filter(new Locator.FilterOptions().setHasText("có giúp được bác không")))
				.isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(40_000));
			RealChromium.screenshot(chat, "webchat-ambassador-reply");

			ask(chat, "Có ích");
			console.navigate(base + "/console/");
			console.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Số liệu của tôi")).click();
			assertThat(console.locator("#heading")).hasText("Số liệu của Nguyễn Thị Lan");
			Locator thisMonth = console.locator("#periods section").first();
			assertThat(thisMonth.locator("dt:has-text('Phiếu đã nhận') + dd")).hasText("1");
			assertThat(thisMonth.locator("dt:has-text('Phiếu đã xong') + dd")).hasText("1");
			assertThat(thisMonth.locator("dt:has-text('Người dân thấy hữu ích') + dd")).hasText("100% (1 lượt)");
			assertThat(console.locator("#periods section")).hasCount(2);
			RealChromium.screenshot(console, "console-me");
		}
	}

	private static void ask(Page chat, String text) {
		chat.locator("#text").fill(text);
		chat.locator("#send").click();
		assertThat(chat.locator(".bubble.wait")).hasCount(0);
	}

}

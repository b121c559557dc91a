package vn.hocvuso.helpdesk.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;

import vn.hocvuso.helpdesk.HelpdeskClient;
import vn.hocvuso.helpdesk.HelpdeskIntegrationTest;
import vn.hocvuso.helpdesk.WardFixture;
import vn.hocvuso.helpdesk.store.RetentionProperties;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A ward officer answers a resident's request about their data on "Dữ liệu của một người
 * dân": downloads it by the request's ticket id, is told plainly what an erasure removes
 * and keeps, erases it, and reads how much was removed; an unknown id gets a plain
 * message. No step breaks the Content-Security-Policy.
 */
@HelpdeskIntegrationTest
@ExtendWith(RealChromium.class)
class ResidentsPageBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void staffExportAndEraseOneResidentsData(Browser browser) throws IOException {
		HelpdeskClient client = HelpdeskClient.on(this.port);
		WardFixture ward = new WardFixture(client);
		WardFixture.Resident resident = ward.residentWithTicket(ward.group());
		List<String> violations = new CopyOnWriteArrayList<>();
		try (BrowserContext laptop = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)
			.setLocale("vi-VN")
			.setTimezoneId("Asia/Ho_Chi_Minh")
			.setAcceptDownloads(true))) {
			laptop.setDefaultTimeout(60_000);
			laptop.onConsoleMessage((message) -> {
				if (message.text().contains("Content Security Policy")) {
					violations.add(message.location() + ": " + message.text());
				}
			});
			Page page = laptop.newPage();
			page.navigate(url("/login"));
			RealChromium.signIn(page, "admin", HelpdeskIntegrationTest.ADMIN_PASSWORD);
			page.waitForURL(Pattern.compile(".*/console/.*"));
			page.navigate(url("/staff/"));
			page.getByText("Dữ liệu của một người dân").click();
			page.waitForURL(Pattern.compile(".*/staff/residents\\.html"));

			page.getByLabel("Mã cư dân hoặc mã phiếu").fill("khong-co-ma-nay");
			button(page, "Tải dữ liệu (JSON)").click();
			assertThat(page.locator("#status")).containsText("Không tìm thấy người dân hay phiếu nào có mã này");

			page.getByLabel("Mã cư dân hoặc mã phiếu").fill(resident.ticketId());
			Download download = page.waitForDownload(() -> button(page, "Tải dữ liệu (JSON)").click());
			assertThat(download.suggestedFilename()).startsWith("du-lieu-cu-dan-").endsWith(".json");
			String exported = Files.readString(download.path(), StandardCharsets.UTF_8);
			assertThat(exported).contains(resident.question(), resident.ticketId(), resident.session());
			assertThat(page.locator("#status")).containsText("Đã tải dữ liệu về máy");

			button(page, "Xoá dữ liệu").click();
			assertThat(page.locator("#confirm")).isVisible();
			assertThat(page.locator("#confirm")).containsText("số điện thoại");
			assertThat(page.locator("#confirm")).containsText("số liệu thống kê");
			button(page, "Thôi, không xoá").click();
			assertThat(page.locator("#confirm")).isHidden();
			assertThat(page.locator("#status")).containsText("Chưa xoá gì");
			assertThat(texts(client, resident.ticketId())).contains(resident.question());

			button(page, "Xoá dữ liệu").click();
			RealChromium.screenshot(page, "residents-erase-confirm");
			button(page, "Đồng ý xoá").click();
			assertThat(page.locator("#status"))
				.containsText(Pattern.compile("Đã xoá lời nhắn của [1-9]\\d* trường hợp và 1 phiếu"));
			RealChromium.screenshot(page, "residents-erased");
		}
		assertThat(texts(client, resident.ticketId())).isNotEmpty().containsOnly(RetentionProperties.REMOVED_TEXT);
		assertThat(violations).as("CSP violations on /staff/residents.html").isEmpty();
	}

	private static Locator button(Page page, String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	/** The texts of the resident's cases, as the export gives them. */
	@SuppressWarnings("unchecked")
	private static List<String> texts(HelpdeskClient client, String id) {
		Map<String, Object> data = client.staffGet("/api/v1/residents/" + id + "/data")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
		return ((List<Map<String, Object>>) data.get("cases")).stream()
			.map((supportCase) -> (String) supportCase.get("text"))
			.toList();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}

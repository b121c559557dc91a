package vn.hocvuso.helpdesk.browser;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import vn.hocvuso.helpdesk.HelpdeskClient;
import vn.hocvuso.helpdesk.HelpdeskIntegrationTest;
import vn.hocvuso.helpdesk.WardFixture;
import vn.hocvuso.helpdesk.cases.CaseIds;
import vn.hocvuso.helpdesk.cases.CaseStore;
import vn.hocvuso.helpdesk.cases.CaseStatus;
import vn.hocvuso.helpdesk.cases.SupportCase;
import vn.hocvuso.helpdesk.shared.ChannelType;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

@HelpdeskIntegrationTest
@ExtendWith(RealChromium.class)
class DashboardBrowserTests {

	private static final String CHARTS_DRAWN = "() => ['perDay', 'topics', 'responseTimes'].every((id) => {"
			+ " const chart = Chart.getChart(id);"
			+ " return chart && chart.data.datasets[0].data.some((value) => value > 0); })";

	@LocalServerPort
	int port;

	@Autowired
	CaseStore cases;

	@Test
	void staffSeeTheMonthInChartsAndDrillDownToTheCasesOfAGroup(Browser browser) {
		String group = "TDP" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
		seedToday(group);
		try (BrowserContext laptop = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)
			.setLocale("vi-VN")
			.setTimezoneId("Asia/Ho_Chi_Minh"))) {
			Page page = signedIn(laptop);
			page.navigate(url("/staff/dashboard"));
			assertThat(page.locator("#cards .card").first()).isVisible();
			page.waitForFunction(CHARTS_DRAWN);
			assertThat(page.locator("#groups")).containsText(group);
			RealChromium.screenshot(page, "dashboard");

			page.locator("#groups tr", new Page.LocatorOptions().setHasText(group)).click();
			assertThat(page.locator("#drillTitle")).hasText(group);
			assertThat(page.locator("#drillList li")).hasCount(3);
			assertThat(page.locator("#drillList")).containsText("Tôi bị lừa chuyển [số tài khoản]");
		}
	}

	@Test
	void staffSeeEachAmbassadorsTicketsAndDrillDownToThem(Browser browser) {
		WardFixture ward = new WardFixture(HelpdeskClient.on(this.port));
		String group = ward.group();
		String ambassador = ward.ambassador(group);
		WardFixture.Resident resident = ward.residentWithTicket(group);
		ward.as(ambassador, HttpMethod.POST, "/api/v1/tickets/" + resident.ticketId() + "/claim")
			.exchange()
			.expectStatus()
			.isOk();
		try (BrowserContext laptop = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)
			.setLocale("vi-VN")
			.setTimezoneId("Asia/Ho_Chi_Minh"))) {
			Page page = signedIn(laptop);
			page.navigate(url("/staff/dashboard"));
			Locator row = page.locator("#ambassadors tr[data-ambassador='" + ambassador + "']");
			assertThat(row).containsText("Đại sứ " + ambassador);
			assertThat(row.locator("button[data-outcome='claimed']")).hasText("1");
			assertThat(page.locator("#cards")).containsText("Phiếu mới");
			row.locator("button[data-outcome='claimed']").click();
			assertThat(page.locator("#drillTitle")).hasText("Đại sứ " + ambassador + " · Đã nhận");
			assertThat(page.locator("#drillList li")).hasCount(1);
			assertThat(page.locator("#drillList")).containsText(resident.question());
			RealChromium.screenshot(page, "dashboard-ambassadors");
		}
	}

	@Test
	void staffSeeTheMonthsClassesWithTheRowOfEachGroup(Browser browser) {
		WardFixture ward = new WardFixture(HelpdeskClient.on(this.port));
		String group = ward.group();
		OffsetDateTime starts = OffsetDateTime.now(ZoneOffset.ofHours(7)).minusHours(3).truncatedTo(ChronoUnit.MINUTES);
		String id = (String) ward.as("admin", HttpMethod.POST, "/api/v1/classes")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("title", "Chuyển tiền bằng mã QR", "topics", List.of("vneid.install"), "groupCodes",
					List.of(group), "place", "Nhà văn hóa tổ", "startsAt", starts.toString(), "endsAt",
					starts.plusHours(2).toString(), "capacity", 20))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody()
			.get("id");
		for (String name : List.of("Ông Trần Văn Tư", "Bà Lê Thị Năm")) {
			ward.as("admin", HttpMethod.POST, "/api/v1/classes/" + id + "/attendees")
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(Map.of("name", name))
				.exchange()
				.expectStatus()
				.isCreated();
		}
		try (BrowserContext laptop = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)
			.setLocale("vi-VN")
			.setTimezoneId("Asia/Ho_Chi_Minh"))) {
			Page page = signedIn(laptop);
			page.navigate(url("/staff/dashboard"));
			assertThat(page.locator("#cards .card").first()).isVisible();
			// The month the class was held in, should it have started before midnight on
			// the
			// first.
			page.locator("#date").fill(starts.toLocalDate().toString());
			page.locator("#filters button[type=submit]").click();
			assertThat(page.locator("#classesMonth"))
				.containsText("Tháng " + starts.getMonthValue() + "/" + starts.getYear());
			Locator row = page.locator("#classGroups tr[data-group='" + group + "']");
			assertThat(row.locator("td")).hasText(new String[] { "Tổ thử " + group, "1", "0", "2" });
			assertThat(page.locator("#classTotals .card")).hasCount(4);
			assertThat(page.locator("#classTotals")).containsText("Người dự lớp");
			Object attendees = page.evaluate("() => Number(document.querySelectorAll('#classTotals .value')[3]"
					+ ".textContent.replace(/\\./g, ''))");
			assertThat(((Number) attendees).intValue()).as("people at the ward's classes").isGreaterThanOrEqualTo(2);
			page.locator("#classesCard").scrollIntoViewIfNeeded();
			RealChromium.screenshot(page, "dashboard-classes");
		}
	}

	@Test
	void theDashboardFitsAPhone(Browser browser) {
		seedToday("TDP" + UUID.randomUUID().toString().substring(0, 4).toUpperCase());
		try (BrowserContext phone = RealChromium.phone(browser)) {
			Page page = signedIn(phone);
			page.navigate(url("/staff/dashboard"));
			page.waitForFunction(CHARTS_DRAWN);
			Object overflow = page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth");
			assertThat(overflow).as("the page scrolls sideways on a phone").isEqualTo(false);
			RealChromium.screenshot(page, "dashboard-phone");
		}
	}

	@Test
	void theLeaderboardDrawsItsChartOnAPhoneWithoutSigningIn(Browser browser) {
		String group = "TDP" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
		seedToday(group);
		try (BrowserContext phone = RealChromium.phone(browser)) {
			Page page = phone.newPage();
			page.navigate(url("/leaderboard"));
			assertThat(page.locator("#ranking")).containsText(group);
			page.waitForFunction("() => Chart.getChart('chart') !== undefined");
			assertThat(page.locator("body")).not().containsText("Tôi bị lừa");
			RealChromium.screenshot(page, "leaderboard-phone");
		}
	}

	private Page signedIn(BrowserContext context) {
		Page page = context.newPage();
		page.navigate(url("/login"));
		RealChromium.signIn(page, "admin", HelpdeskIntegrationTest.ADMIN_PASSWORD);
		page.waitForURL(java.util.regex.Pattern.compile(".*/console/.*"));
		return page;
	}

	private void seedToday(String group) {
		Instant now = Instant.now();
		List<SupportCase> seeded = List.of(
				sample(group, now.minusSeconds(120), "cài vneid ở đâu", "vneid.install", CaseStatus.ANSWERED, "answer",
						900),
				sample(group, now.minusSeconds(60), "nộp hồ sơ hay tra cứu", "dvc.submit", CaseStatus.CLARIFYING,
						"clarify", 1_800),
				sample(group, now, "Tôi bị lừa chuyển [số tài khoản]", "scam.victim", CaseStatus.ESCALATED, "answer",
						4_000));
		seeded.forEach((supportCase) -> this.cases.open(supportCase).block(Duration.ofSeconds(10)));
	}

	private static SupportCase sample(String group, Instant at, String text, String topic, CaseStatus status,
			String decision, long replyMillis) {
		String id = CaseIds.newId(at);
		return new SupportCase(id, ChannelType.ZALO, "r-" + id, "m-" + id, text, text, topic, 0.9, decision, null,
				"Trả lời", status, false, List.of(), at, at.plusMillis(replyMillis), null, group, null);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}

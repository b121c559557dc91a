package vn.hocvuso.helpdesk.browser;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import vn.hocvuso.helpdesk.HelpdeskClient;
import vn.hocvuso.helpdesk.HelpdeskIntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A staff member teaches the bot a new phrasing in a real Chromium: adds examples, tries
 * the question (the draft answers, the live bot does not), publishes and watches the
 * progress, and the web chat then answers it.
 */
@HelpdeskIntegrationTest
// The library editor tests' context: its own store, since publishing changes the library.
@TestPropertySource(properties = "helpdesk.web.max-upload-size=200KB")
@ExtendWith(RealChromium.class)
class LibraryEditorBrowserTests {

	/** A made-up word, unlike the one the API tests teach in the same context. */
	static final String QUESTION = "quaxol o dau co";

	@LocalServerPort
	int port;

	@Test
	void staffAddsAnExampleTriesItPublishesAndTheWebChatAnswersIt(Browser browser) {
		try (BrowserContext laptop = browser
			.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900).setLocale("vi-VN"))) {
			Page page = laptop.newPage();
			signIn(page);
			page.navigate(url("/staff/library/article?id=campaign.devices"));
			assertThat(page.locator("#heading")).hasText("Hỗ trợ thiết bị");
			for (String example : new String[] { "may quaxol xin o dau", "xin máy quaxol", "quaxol cho người già",
					"đăng ký nhận quaxol", "quaxol miễn phí không", "ai được nhận quaxol" }) {
				page.getByPlaceholder("Gõ một cách hỏi mới rồi bấm Thêm").fill(example);
				page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thêm").setExact(true)).click();
			}
			assertThat(page.locator("#counter")).containsText("/600 ký tự");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu bản nháp")).click();
			assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Đã lưu bản nháp");
			page.locator("#try-text").fill(QUESTION);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thử với bot đang dùng và bản nháp"))
				.click();
			assertThat(page.locator(".side").nth(1)).containsText("Trả lời: Trả lời bằng bài \"Hỗ trợ thiết bị\"");
			assertThat(page.locator(".side").first()).not().containsText("Trả lời bằng bài \"Hỗ trợ thiết bị\"");
			RealChromium.screenshot(page, "library-edit");

			page.navigate(url("/staff/library"));
			// The other test of this class may have left a draft of its own.
			assertThat(page.locator("#publish-summary")).containsText("có bản nháp");
			assertThat(page.locator("#publish-summary")).containsText("Hỗ trợ thiết bị");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xuất bản bản nháp")).click();
			assertThat(page.locator("#publish-progress")).isVisible();
			assertThat(page.locator("#publish-status")).containsText("Xong: bot đang trả lời theo phiên bản",
					new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
			RealChromium.screenshot(page, "library-published");
			page.locator("#publish-card")
				.screenshot(new Locator.ScreenshotOptions()
					.setPath(RealChromium.SCREENSHOTS.resolve("library-publish.png")));

			page.navigate(url("/"));
			page.locator("#text").fill(QUESTION);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi")).click();
			assertThat(page.locator(".bubble.bot").last()).containsText("Thiết bị cũ, cơ hội mới");
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void onAPhoneStaffSeeASettledQuestionWithItsTopicAndTeachItToTheDraft(Browser browser) {
		// A resident's question the bot cannot place, settled by a person through the
		// API.
		String question = "xwqjf fjwvq";
		HelpdeskClient client = HelpdeskClient.on(this.port);
		Assertions.assertThat(client.chat("browser-suggest", question).get("decision")).isEqualTo("escalate");
		String ticket = (String) client.staffList("/api/v1/tickets")
			.stream()
			.filter((summary) -> question.equals(summary.get("preview")))
			.findFirst()
			.orElseThrow()
			.get("id");
		staffPost(client, "/api/v1/tickets/" + ticket + "/claim", Map.of());
		staffPost(client, "/api/v1/tickets/" + ticket + "/replies", Map.of("text",
				"Dạ xwqjf là tên bác gọi ứng dụng VNeID ạ. Bác vào CH Play tìm VNeID của Bộ Công an rồi bấm Cài đặt."));
		staffPost(client, "/api/v1/tickets/" + ticket + "/resolve", Map.of("note", ""));

		try (BrowserContext phone = RealChromium.phone(browser)) {
			Page page = phone.newPage();
			signIn(page);
			page.navigate(url("/staff/library"));
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("câu hỏi gợi ý")))
				.click();
			assertThat(page).hasURL(url("/staff/library/suggestions"));
			Locator group = page.locator("li.group").filter(new Locator.FilterOptions().setHasText(question));
			assertThat(group).containsText("Máy đoán chủ đề: Cài đặt ứng dụng VNeID");
			RealChromium.screenshot(page, "library-suggestions");
			group.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Thêm vào bản nháp")).click();
			assertThat(page.locator("#messages"))
				.containsText("Đã thêm 1 câu hỏi mẫu vào bản nháp của \"Cài đặt ứng dụng VNeID\"");
			assertThat(page.locator("li.group").filter(new Locator.FilterOptions().setHasText(question))).hasCount(0);
		}
		Map<String, Object> view = client.http()
			.get()
			.uri("/api/v1/library/articles/vneid.install")
			.headers((headers) -> headers.setBasicAuth("admin", HelpdeskIntegrationTest.ADMIN_PASSWORD))
			.exchange()
			.expectBody(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
		Assertions
			.assertThat((List<String>) ((Map<String, Object>) ((Map<String, Object>) view.get("draft")).get("article"))
				.get("examples"))
			.contains(question);
	}

	private static void staffPost(HelpdeskClient client, String uri, Map<String, Object> body) {
		client.http()
			.post()
			.uri(uri)
			.headers((headers) -> headers.setBasicAuth("admin", HelpdeskIntegrationTest.ADMIN_PASSWORD))
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isOk();
	}

	private void signIn(Page page) {
		page.navigate(url("/staff/library"));
		assertThat(page).hasURL(url("/login"));
		RealChromium.signIn(page, "admin", HelpdeskIntegrationTest.ADMIN_PASSWORD);
		assertThat(page).not().hasURL(Pattern.compile(".*/login.*"));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}

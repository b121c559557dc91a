package vn.hocvuso.helpdesk.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

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
	void staffAddsAnExampleTriesItPublishesAndTheWebChatAnswersIt(Browser browser) throws IOException {
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
			save(RealChromium.screenshot(page, "library-edit"));

			page.navigate(url("/staff/library"));
			assertThat(page.locator("#publish-summary")).containsText("1 bài có bản nháp");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xuất bản bản nháp")).click();
			assertThat(page.locator("#publish-progress")).isVisible();
			assertThat(page.locator("#publish-status")).containsText("Xong: bot đang trả lời theo phiên bản",
					new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
			RealChromium.screenshot(page, "library-published");
			page.locator("#publish-card")
				.screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
					.setPath(RealChromium.SCREENSHOTS.resolve("library-publish.png")));
			save(RealChromium.SCREENSHOTS.resolve("library-publish.png"));

			page.navigate(url("/"));
			page.locator("#text").fill(QUESTION);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi")).click();
			assertThat(page.locator(".bubble.bot").last()).containsText("Thiết bị cũ, cơ hội mới");
		}
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

	/** Keeps the README's screenshots current when the docs folder is there. */
	private static void save(Path screenshot) throws IOException {
		Path docs = Path.of("docs", "screenshots");
		if (Files.isDirectory(docs)) {
			Files.copy(screenshot, docs.resolve(screenshot.getFileName()), StandardCopyOption.REPLACE_EXISTING);
		}
	}

}

package vn.hocvuso.helpdesk.browser;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.web.server.LocalServerPort;

import vn.hocvuso.helpdesk.HelpdeskIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages run under the app's Content-Security-Policy without Chromium refusing any
 * script or style they need: Chromium reports each refusal on the console, so the test
 * reads it. The last step breaks the policy on purpose, so the check is known to see.
 */
@HelpdeskIntegrationTest
@ExtendWith(RealChromium.class)
class ContentSecurityPolicyBrowserTests {

	private static final List<String> PAGES = List.of("/", "/console/", "/console/me.html", "/console/classes.html",
			"/staff/", "/staff/ward.html", "/staff/outbox.html", "/staff/campaigns.html", "/staff/set-aside.html",
			"/staff/residents.html", "/staff/dashboard", "/staff/library", "/leaderboard", "/rieng-tu.html");

	@LocalServerPort
	int port;

	@Test
	void theConsoleStaffAndChatPagesLoadWithoutAnyContentSecurityPolicyViolation(Browser browser) {
		String base = "http://localhost:" + this.port;
		try (BrowserContext laptop = RealChromium.phone(browser)) {
			List<String> violations = new CopyOnWriteArrayList<>();
			laptop.onConsoleMessage((message) -> {
				if (message.text().contains("Content Security Policy")) {
					violations.add(message.location() + ": " + message.text());
				}
			});
			Page page = laptop.newPage();
			page.navigate(base + "/console/");
			RealChromium.signIn(page, "admin", HelpdeskIntegrationTest.ADMIN_PASSWORD);
			page.waitForURL("**/console/**");
			for (String path : PAGES) {
				page.navigate(base + path);
				page.waitForLoadState(LoadState.LOAD);
				page.waitForTimeout(500);
			}
			assertThat(violations).as("CSP violations on " + PAGES).isEmpty();

			page.evaluate("document.body.setAttribute('style', 'color: red')");
			page.waitForTimeout(300);
			assertThat(violations).as("an inline style set on purpose").isNotEmpty();
		}
	}

}

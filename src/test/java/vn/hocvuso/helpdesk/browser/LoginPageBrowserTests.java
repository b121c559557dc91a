package vn.hocvuso.helpdesk.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.web.server.LocalServerPort;

import vn.hocvuso.helpdesk.HelpdeskIntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

@HelpdeskIntegrationTest
@ExtendWith(RealChromium.class)
class LoginPageBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void wrongPasswordIsExplainedInVietnameseAndTheRightOneOpensTheConsole(Browser browser) {
		try (BrowserContext phone = RealChromium.phone(browser)) {
			Page page = phone.newPage();
			page.navigate("http://localhost:" + this.port + "/console/");
			assertThat(page).hasURL("http://localhost:" + this.port + "/login");
			page.getByLabel("Tên đăng nhập").fill("admin");
			page.getByLabel("Mật khẩu").fill("sai-mat-khau");
			page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Đăng nhập"))
				.click();
			assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.ALERT))
				.hasText("Sai tên đăng nhập hoặc mật khẩu.");
			RealChromium.screenshot(page, "login-error");
			page.getByLabel("Tên đăng nhập").fill("admin");
			page.getByLabel("Mật khẩu").fill(HelpdeskIntegrationTest.ADMIN_PASSWORD);
			page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Đăng nhập"))
				.click();
			assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/console/.*"));
		}
	}

}

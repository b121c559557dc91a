package vn.hocvuso.helpdesk.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs a test class's browser tests in a real headless Chromium: Debian's
 * {@code /usr/bin/chromium} (or {@code CHROMIUM_PATH}), driven by Playwright. Without
 * Chromium the tests are skipped with a message, except under CI ({@code CI=true}), where
 * a missing browser is a failure. Test methods get a {@link Browser} parameter.
 */
public class RealChromium implements BeforeAllCallback, ParameterResolver {

	/** A phone-sized screen, as most residents and ambassadors have. */
	public static final Browser.NewContextOptions PHONE = new Browser.NewContextOptions().setViewportSize(390, 844)
		.setDeviceScaleFactor(2)
		.setIsMobile(true)
		.setHasTouch(true)
		.setLocale("vi-VN")
		.setTimezoneId("Asia/Ho_Chi_Minh");

	/** Where screenshots of browser tests are saved. */
	public static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RealChromium.class);

	@Override
	public void beforeAll(ExtensionContext context) {
		Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
		if (!Files.isExecutable(chromium)) {
			String problem = "Chromium not found at " + chromium
					+ ": browser tests need Debian's chromium package (apt-get install chromium)";
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				throw new IllegalStateException(problem + "; under CI this is a failure");
			}
			Assumptions.abort(problem + "; skipped");
		}
		// Assertions wait up to 30 s instead of 5: CI machines have two cores shared with
		// the app under test, and a busy embedded store can be slow to answer.
		PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
		Playwright playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		Browser browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(chromium).setHeadless(true));
		// The store closes both after the test class, the browser first.
		context.getStore(NAMESPACE).put(Playwright.class, playwright);
		context.getStore(NAMESPACE).put(Browser.class, browser);
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == Browser.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return context.getStore(NAMESPACE).get(Browser.class, Browser.class);
	}

	/** A new phone-sized browser window with its own cookies. */
	public static BrowserContext phone(Browser browser) {
		BrowserContext context = browser.newContext(PHONE);
		// Generous: CI machines have two cores shared with the app under test.
		context.setDefaultTimeout(60_000);
		context.setDefaultNavigationTimeout(60_000);
		return context;
	}

	/** Fills the login form on the page and submits it. */
	public static void signIn(Page page, String username, String password) {
		page.getByLabel("Tên đăng nhập").fill(username);
		page.getByLabel("Mật khẩu").fill(password);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
	}

	/** Saves a full-page screenshot as {@code target/screenshots/<name>.png}. */
	public static Path screenshot(Page page, String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Path file = SCREENSHOTS.resolve(name + ".png");
		page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
		return file;
	}

}

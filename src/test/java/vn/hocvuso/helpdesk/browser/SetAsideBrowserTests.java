package vn.hocvuso.helpdesk.browser;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.mongodb.client.model.Filters;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.hocvuso.helpdesk.HelpdeskIntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A ward officer opens "Tin nhắn chưa xử lý được" from the staff page, sees the messages
 * set aside without their text, and retries one and dismisses another.
 */
@HelpdeskIntegrationTest
@ExtendWith(RealChromium.class)
class SetAsideBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	MongoDatabase database;

	@Test
	void staffRetryOneMessageSetAsideAndDismissAnother(Browser browser) {
		String retried = setAside("Cho tôi hỏi số CCCD 012345678901");
		String dismissed = setAside("Số điện thoại 0912345678");
		try (BrowserContext laptop = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)
			.setLocale("vi-VN")
			.setTimezoneId("Asia/Ho_Chi_Minh"))) {
			Page page = laptop.newPage();
			page.navigate(url("/login"));
			RealChromium.signIn(page, "admin", HelpdeskIntegrationTest.ADMIN_PASSWORD);
			page.waitForURL(Pattern.compile(".*/console/.*"));
			page.navigate(url("/staff/"));
			page.getByText("Tin nhắn chưa xử lý được").click();
			Locator rows = page.locator("#events tr");
			assertThat(rows.first()).isVisible();
			assertThat(page.locator("#events")).not().containsText("012345678901");
			assertThat(page.locator("#events")).not().containsText("0912345678");
			assertThat(page.locator("#events")).containsText("IllegalStateException");
			RealChromium.screenshot(page, "set-aside");
			int before = rows.count();

			rows.first().getByText("Bỏ qua").click();
			assertThat(page.locator("#status")).containsText("Đã bỏ qua");
			rows.first().getByText("Thử lại").click();
			assertThat(page.locator("#status")).containsText("xử lý lại");
			assertThat(rows).hasCount(before - 2);
		}
		assertThat(List.of(status(retried), status(dismissed))).containsOnlyOnce("DISMISSED").doesNotContain("FAILED");
	}

	/** Stores a webchat event as the inbox leaves one after every attempt failed. */
	private String setAside(String text) {
		String id = "webchat:set-aside-" + UUID.randomUUID();
		Document event = new Document("_id", id).append("channel", "webchat")
			.append("payload", "{\"text\":\"" + text + "\"}")
			.append("status", "FAILED")
			.append("attempts", 5)
			.append("note", "IllegalStateException")
			.append("receivedAt", new Date());
		Mono.from(events().insertOne(event)).block(Duration.ofSeconds(5));
		return id;
	}

	private String status(String id) {
		return Mono.from(events().find(Filters.eq("_id", id)).first())
			.map((event) -> event.getString("status"))
			.block(Duration.ofSeconds(5));
	}

	private MongoCollection<Document> events() {
		return this.database.getCollection("inbound_events");
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}

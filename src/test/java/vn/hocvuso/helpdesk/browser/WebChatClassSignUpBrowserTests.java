package vn.hocvuso.helpdesk.browser;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import vn.hocvuso.helpdesk.HelpdeskClient;
import vn.hocvuso.helpdesk.HelpdeskIntegrationTest;
import vn.hocvuso.helpdesk.WardFixture;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A resident on a phone, in the web chat: a question the bot cannot answer is handed to a
 * person and the bot asks which residential group they live in; once the group is known,
 * the resident asks when the next class is and signs up with one tap.
 */
@HelpdeskIntegrationTest
@ExtendWith(RealChromium.class)
class WebChatClassSignUpBrowserTests {

	private static final String TITLE = "Cài và dùng VNeID cho người cao tuổi";

	@LocalServerPort
	int port;

	@Test
	void aResidentNamesTheirGroupThenSignsUpForItsNextClassWithOneTap(Browser browser) {
		WardFixture ward = new WardFixture(HelpdeskClient.on(this.port));
		String group = group(ward);
		String classId = planClass(ward, group);

		try (BrowserContext phone = RealChromium.phone(browser)) {
			Page chat = phone.newPage();
			chat.navigate("http://localhost:" + this.port + "/");
			Locator botSaid = chat.locator(".bubble.bot");

			ask(chat, "Cho bác hỏi giá vàng hôm nay bao nhiêu ạ");
			assertThat(botSaid.last()).containsText("bác ở tổ dân phố nào");
			assertThat(chat.locator("#choices button").first()).isVisible();
			RealChromium.screenshot(chat, "webchat-handoff");

			ask(chat, group);
			assertThat(botSaid.last()).containsText("đã ghi nhận bác ở");
			assertThat(botSaid.last()).containsText(group);

			ask(chat, "lịch học lớp bình dân học vụ số");
			assertThat(botSaid.last()).containsText(TITLE);
			assertThat(botSaid.last()).containsText("1. " + TITLE);
			assertThat(botSaid.last()).containsText("còn 20 chỗ");
			Locator signUp = chat.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng ký lớp 1"));
			assertThat(signUp).isVisible();
			assertThat(ward.as("admin", HttpMethod.GET, "/api/v1/classes/" + classId + "/attendees")
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {
				})
				.returnResult()
				.getResponseBody()).as("sign-ups before the tap").isEmpty();

			signUp.click();
			assertThat(chat.locator(".bubble.me").last()).hasText("Đăng ký lớp 1");
			assertThat(botSaid.last()).containsText("đã ghi tên bác vào lớp «" + TITLE + "»");
			RealChromium.screenshot(chat, "webchat-class-signup");
		}

		List<Map<String, Object>> attendees = ward
			.as("admin", HttpMethod.GET, "/api/v1/classes/" + classId + "/attendees")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.returnResult()
			.getResponseBody();
		assertThat(attendees).singleElement()
			.satisfies(
					(attendee) -> assertThat(attendee).containsEntry("kind", "signup").containsEntry("present", false));
	}

	/**
	 * A new residential group named as wards name them, with a code that comes after the
	 * sample groups ({@code TDP01}…), so the buttons of the group question start with
	 * those.
	 */
	private static String group(WardFixture ward) {
		String code = "TDP" + ThreadLocalRandom.current().nextInt(70_000, 100_000);
		ward.as("admin", HttpMethod.PUT, "/api/v1/groups/" + code)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("name", "Tổ dân phố Hòa Bình"))
			.exchange()
			.expectStatus()
			.isOk();
		return code;
	}

	/**
	 * A class for the group on the hour, one to two hours from now: sooner than the
	 * classes other tests plan, so it is the first the bot offers.
	 */
	private static String planClass(WardFixture ward, String group) {
		OffsetDateTime starts = OffsetDateTime.now(ZoneOffset.ofHours(7)).truncatedTo(ChronoUnit.HOURS).plusHours(2);
		return (String) ward.as("admin", HttpMethod.POST, "/api/v1/classes")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("title", TITLE, "topics", List.of("vneid.install"), "groupCodes", List.of(group), "place",
					"Nhà văn hóa tổ", "startsAt", starts.toString(), "endsAt", starts.plusMinutes(90).toString(),
					"capacity", 20))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody()
			.get("id");
	}

	private static void ask(Page chat, String text) {
		chat.locator("#text").fill(text);
		chat.locator("#send").click();
		assertThat(chat.locator(".bubble.wait")).hasCount(0);
	}

}

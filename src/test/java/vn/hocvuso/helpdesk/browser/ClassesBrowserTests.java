package vn.hocvuso.helpdesk.browser;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

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
 * A digital ambassador on a phone plans a "Bình dân học vụ số" class for their group on
 * the console's class page, takes its attendance (a walk-in added by name, ticks saved at
 * once and still there after a reload), changes it and cancels it after confirming.
 */
@HelpdeskIntegrationTest
@ExtendWith(RealChromium.class)
class ClassesBrowserTests {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	@LocalServerPort
	int port;

	@Test
	void anAmbassadorAddsAClassForTheirGroupAndTakesAttendanceThatSurvivesAReload(Browser browser) {
		WardFixture ward = new WardFixture(HelpdeskClient.on(this.port));
		String group = ward.group();
		String ambassador = ward.ambassador(group);
		String title = "Dùng VNeID an toàn " + marker();
		LocalDate day = LocalDate.now(VIETNAM).plusDays(3);
		try (BrowserContext phone = RealChromium.phone(browser)) {
			List<String> violations = new CopyOnWriteArrayList<>();
			phone.onConsoleMessage((message) -> {
				if (message.text().contains("Content Security Policy")) {
					violations.add(message.location() + ": " + message.text());
				}
			});
			Page page = phone.newPage();
			page.navigate(url("/console/"));
			RealChromium.signIn(page, ambassador, WardFixture.PASSWORD);
			assertThat(page).hasURL(url("/console/index.html"));
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lớp học")).click();
			assertThat(page).hasURL(url("/console/classes.html"));
			assertThat(page.locator("#who")).hasText("Đại sứ " + ambassador);

			// Their only group is already ticked, and they teach unless they say
			// otherwise.
			assertThat(page.getByLabel("Tổ thử " + group + " (" + group + ")")).isChecked();
			assertThat(page.getByLabel("Đại sứ số dạy (không bắt buộc)")).hasValue(ambassador);
			fillClass(page, title, "Nhà văn hoá tổ 5", day, "19:30", "21:00", "25");
			page.getByLabel("Chủ đề (không bắt buộc)").fill("VNeID, chuyển tiền an toàn");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thêm lớp").setExact(true)).click();
			assertThat(page.locator("#status")).containsText("Đã thêm lớp «" + title + "»");

			Locator listed = page.locator("#classes li", new Page.LocatorOptions().setHasText(title));
			assertThat(listed).hasCount(1);
			assertThat(listed.locator(".when")).hasText(inWords(day, "19 giờ 30"));
			assertThat(listed).containsText("Nhà văn hoá tổ 5");
			assertThat(listed).containsText("Tổ thử " + group);
			assertThat(listed).containsText("Còn 25 chỗ");
			assertThat(page.getByLabel("Tên lớp")).hasValue("");

			Map<String, Object> created = onlyClassOf(ward, ambassador, group);
			assertThat(created).containsEntry("title", title)
				.containsEntry("startsAt", day + "T19:30:00+07:00")
				.containsEntry("endsAt", day + "T21:00:00+07:00")
				.containsEntry("groupCodes", List.of(group))
				.containsEntry("topics", List.of("VNeID", "chuyển tiền an toàn"))
				.containsEntry("teacher", ambassador)
				.containsEntry("capacity", 25);
			String classId = (String) created.get("id");
			RealChromium.screenshot(page, "console-classes");

			listed.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Điểm danh")).click();
			assertThat(page.locator("#attendance-heading")).hasText("Điểm danh: " + title);
			assertThat(page.locator("#attendance-count")).hasText("Chưa có ai trong danh sách.");
			assertThat(page).hasURL(url("/console/classes.html?lop=" + classId));

			page.getByLabel("Họ và tên").fill("Bà Nguyễn Thị Hoa");
			page.getByLabel("Số điện thoại (không bắt buộc)").fill("12345");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thêm vào danh sách")).click();
			assertThat(page.locator("#walk-in-status")).containsText("số điện thoại Việt Nam");
			assertThat(page.locator("#attendees li")).hasCount(0);

			page.getByLabel("Số điện thoại (không bắt buộc)").fill("0912 345 678");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thêm vào danh sách")).click();
			assertThat(page.locator("#walk-in-status")).containsText("Đã thêm Bà Nguyễn Thị Hoa");
			addWalkIn(page, "Ông Trần Văn Bình");
			Locator hoa = tick(page, "Bà Nguyễn Thị Hoa");
			Locator binh = tick(page, "Ông Trần Văn Bình");
			assertThat(page.locator("#attendees li")).hasCount(2);
			assertThat(hoa).isChecked();
			assertThat(binh).isChecked();
			assertThat(page.locator("#attendance-count")).hasText("Có mặt: 2 / 2 người");
			assertThat(page.locator("#attendees li", new Page.LocatorOptions().setHasText("Bà Nguyễn Thị Hoa")))
				.containsText("Gọi 0912 345 678");

			hoa.click();
			assertThat(page.locator("#status")).containsText("Đã bỏ dấu có mặt của Bà Nguyễn Thị Hoa");
			assertThat(hoa).not().isChecked();
			assertThat(page.locator("#attendance-count")).hasText("Có mặt: 1 / 2 người");
			RealChromium.screenshot(page, "console-attendance");
			assertThat(presence(ward, ambassador, classId))
				.isEqualTo(Map.of("Bà Nguyễn Thị Hoa", false, "Ông Trần Văn Bình", true));

			page.reload();
			assertThat(page.locator("#attendance-heading")).hasText("Điểm danh: " + title);
			assertThat(page.locator("#attendees li")).hasCount(2);
			assertThat(tick(page, "Bà Nguyễn Thị Hoa")).not().isChecked();
			assertThat(tick(page, "Ông Trần Văn Bình")).isChecked();
			assertThat(page.locator("#attendance-count")).hasText("Có mặt: 1 / 2 người");

			tick(page, "Bà Nguyễn Thị Hoa").click();
			assertThat(page.locator("#status")).containsText("Đã ghi Bà Nguyễn Thị Hoa có mặt.");
			page.reload();
			assertThat(page.locator("#attendees li")).hasCount(2);
			assertThat(tick(page, "Bà Nguyễn Thị Hoa")).isChecked();
			assertThat(page.locator("#attendance-count")).hasText("Có mặt: 2 / 2 người");
			assertThat(presence(ward, ambassador, classId))
				.isEqualTo(Map.of("Bà Nguyễn Thị Hoa", true, "Ông Trần Văn Bình", true));

			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("← Quay lại danh sách lớp")).click();
			assertThat(page).hasURL(url("/console/classes.html"));
			assertThat(page.locator("#classes li", new Page.LocatorOptions().setHasText(title))).hasCount(1);
			assertThat(violations).as("Content-Security-Policy violations on the class page").isEmpty();
		}
	}

	@Test
	void aClassThatCannotBeSavedIsExplainedInVietnameseAndNothingIsAdded(Browser browser) {
		WardFixture ward = new WardFixture(HelpdeskClient.on(this.port));
		String group = ward.group();
		String ambassador = ward.ambassador(group);
		String title = "Lớp học thử " + marker();
		LocalDate day = LocalDate.now(VIETNAM).plusDays(5);
		try (BrowserContext phone = RealChromium.phone(browser)) {
			Page page = signedIn(phone, ambassador);
			Locator problem = page.locator("#form-status");
			Locator add = page.getByRole(AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Thêm lớp").setExact(true));

			fillClass(page, title, "Nhà văn hoá tổ 2", day, "20:00", "19:00", "20");
			add.click();
			assertThat(problem).hasText("Giờ kết thúc phải sau giờ bắt đầu.");

			page.getByLabel("Giờ kết thúc").fill("21:00");
			page.getByLabel("Tổ thử " + group + " (" + group + ")").uncheck();
			add.click();
			assertThat(problem).hasText("Xin chọn tổ dân phố của lớp.");

			// The server's own sentence (problem+json detail) for what only it can check.
			page.getByLabel("Tổ thử " + group + " (" + group + ")").check();
			page.getByLabel("Đại sứ số dạy (không bắt buộc)").fill("khong-co-ai-ten-nay");
			add.click();
			assertThat(problem).containsText("phải là tên đăng nhập của một Đại sứ số của phường");
			assertThat(page.getByLabel("Tên lớp")).hasValue(title);
			assertThat(classesOf(ward, ambassador, group)).isEmpty();
			assertThat(page.locator("#classes li", new Page.LocatorOptions().setHasText(title))).hasCount(0);
		}
	}

	@Test
	void anAmbassadorChangesAClassAndCancelsItOnlyAfterConfirming(Browser browser) {
		WardFixture ward = new WardFixture(HelpdeskClient.on(this.port));
		String group = ward.group();
		String ambassador = ward.ambassador(group);
		String title = "Chuyển tiền an toàn " + marker();
		LocalDate day = LocalDate.now(VIETNAM).plusDays(7);
		ward.as(ambassador, HttpMethod.POST, "/api/v1/classes")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("title", title, "topics", List.of(), "groupCodes", List.of(group), "place",
					"Nhà văn hoá tổ 3", "startsAt", day + "T08:00:00+07:00", "endsAt", day + "T10:00:00+07:00",
					"capacity", 15))
			.exchange()
			.expectStatus()
			.isCreated();
		String classId = (String) onlyClassOf(ward, ambassador, group).get("id");
		try (BrowserContext phone = RealChromium.phone(browser)) {
			Page page = signedIn(phone, ambassador);
			Locator listed = page.locator("#classes li", new Page.LocatorOptions().setHasText(title));
			assertThat(listed.locator(".when")).hasText(inWords(day, "8 giờ"));

			listed.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Sửa")).click();
			assertThat(page.locator("#form-heading")).hasText("Sửa lớp: " + title);
			assertThat(page.getByLabel("Tên lớp")).hasValue(title);
			assertThat(page.getByLabel("Ngày học")).hasValue(day.toString());
			assertThat(page.getByLabel("Giờ bắt đầu")).hasValue("08:00");
			page.getByLabel("Địa điểm").fill("Hội trường phường");
			page.getByLabel("Giờ bắt đầu").fill("14:00");
			page.getByLabel("Giờ kết thúc").fill("16:00");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu thay đổi")).click();
			assertThat(page.locator("#status")).containsText("Đã lưu thay đổi của lớp «" + title + "»");
			assertThat(listed).containsText("Hội trường phường");
			assertThat(listed.locator(".when")).hasText(inWords(day, "14 giờ"));
			assertThat(classesOf(ward, ambassador, group)).singleElement()
				.satisfies((changed) -> assertThat(changed).containsEntry("place", "Hội trường phường")
					.containsEntry("startsAt", day + "T14:00:00+07:00")
					.containsEntry("id", classId));

			AtomicReference<String> asked = new AtomicReference<>();
			page.onceDialog((dialog) -> {
				asked.set(dialog.message());
				dialog.dismiss();
			});
			listed.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Huỷ lớp")).click();
			assertThat(listed).hasCount(1);
			assertThat(asked.get()).contains("Huỷ lớp «" + title + "»");
			assertThat(classesOf(ward, ambassador, group)).hasSize(1);

			page.onceDialog((dialog) -> dialog.accept());
			listed.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Huỷ lớp")).click();
			assertThat(page.locator("#status")).containsText("Đã huỷ lớp «" + title + "»");
			assertThat(listed).hasCount(0);
			assertThat(classesOf(ward, ambassador, group)).isEmpty();
			ward.as(ambassador, HttpMethod.GET, "/api/v1/classes/" + classId).exchange().expectStatus().isNotFound();
		}
	}

	private Page signedIn(BrowserContext phone, String ambassador) {
		Page page = phone.newPage();
		page.navigate(url("/console/"));
		RealChromium.signIn(page, ambassador, WardFixture.PASSWORD);
		assertThat(page).hasURL(url("/console/index.html"));
		page.navigate(url("/console/classes.html"));
		assertThat(page.locator("#who")).hasText("Đại sứ " + ambassador);
		return page;
	}

	private static void fillClass(Page page, String title, String place, LocalDate day, String start, String end,
			String capacity) {
		page.getByLabel("Tên lớp").fill(title);
		page.getByLabel("Địa điểm").fill(place);
		page.getByLabel("Ngày học").fill(day.toString());
		page.getByLabel("Giờ bắt đầu").fill(start);
		page.getByLabel("Giờ kết thúc").fill(end);
		page.getByLabel("Số chỗ").fill(capacity);
	}

	private static void addWalkIn(Page page, String name) {
		page.getByLabel("Họ và tên").fill(name);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thêm vào danh sách")).click();
		assertThat(page.locator("#walk-in-status")).containsText("Đã thêm " + name);
	}

	/** The attendance tick of the person with this name. */
	private static Locator tick(Page page, String name) {
		return page.getByLabel("Có mặt: " + name, new Page.GetByLabelOptions().setExact(true));
	}

	/** "Tối thứ Bảy 13/12, 19 giờ 30": when a class starts, as the page says it. */
	private static String inWords(LocalDate day, String time) {
		int hour = Integer.parseInt(time.split(" ")[0]);
		String part = (hour < 11) ? "Sáng" : (hour < 13) ? "Trưa" : (hour < 18) ? "Chiều" : "Tối";
		String weekday = switch (day.getDayOfWeek()) {
			case MONDAY -> "thứ Hai";
			case TUESDAY -> "thứ Ba";
			case WEDNESDAY -> "thứ Tư";
			case THURSDAY -> "thứ Năm";
			case FRIDAY -> "thứ Sáu";
			case SATURDAY -> "thứ Bảy";
			case SUNDAY -> "Chủ nhật";
		};
		return part + " " + weekday + " " + day.getDayOfMonth() + "/" + day.getMonthValue() + ", " + time;
	}

	private static List<Map<String, Object>> classesOf(WardFixture ward, String username, String group) {
		return ward.as(username, HttpMethod.GET, "/api/v1/classes?group=" + group)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.returnResult()
			.getResponseBody()
			.stream()
			// A ward-wide class is open to every group: keep this group's own.
			.filter((wardClass) -> ((List<?>) wardClass.get("groupCodes")).contains(group))
			.toList();
	}

	private static Map<String, Object> onlyClassOf(WardFixture ward, String username, String group) {
		List<Map<String, Object>> classes = classesOf(ward, username, group);
		assertThat(classes).as("the classes of " + group).hasSize(1);
		return classes.get(0);
	}

	/** Who is on the class's list, by name, and whether they are ticked as there. */
	private static Map<String, Boolean> presence(WardFixture ward, String username, String classId) {
		List<Map<String, Object>> attendees = ward
			.as(username, HttpMethod.GET, "/api/v1/classes/" + classId + "/attendees")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.returnResult()
			.getResponseBody();
		return attendees.stream()
			.collect(Collectors.toMap((attendee) -> (String) attendee.get("name"),
					(attendee) -> (Boolean) attendee.get("present")));
	}

	private static String marker() {
		return "T" + ThreadLocalRandom.current().nextInt(10_000, 100_000);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}

package vn.hocvuso.helpdesk.classes;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.hocvuso.helpdesk.HelpdeskClient;
import vn.hocvuso.helpdesk.HelpdeskIntegrationTest;
import vn.hocvuso.helpdesk.WardFixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The class schedule's API through the real WebFlux stack and store: who may plan which
 * class, what is refused and how, the list, changes, cancellation and attendance.
 */
@HelpdeskIntegrationTest
class ClassScheduleApiIntegrationTests {

	static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

	@LocalServerPort
	int port;

	HelpdeskClient client;

	WardFixture ward;

	@BeforeEach
	void connect() {
		this.client = HelpdeskClient.on(this.port);
		this.ward = new WardFixture(this.client);
	}

	@Test
	void anAmbassadorPlansAClassForTheirGroupAndItIsListedInVietnamTime() {
		String group = this.ward.group();
		String ambassador = this.ward.ambassador(group);
		OffsetDateTime starts = inDays(3).withHour(19).withMinute(30);
		Map<String, Object> created = create(ambassador, form("Cài và dùng VNeID", group, starts, 30)).expectStatus()
			.isCreated()
			.expectHeader()
			.valueMatches("Location", "/api/v1/classes/[0-9a-f]{24}")
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
		assertThat(created).containsEntry("title", "Cài và dùng VNeID")
			.containsEntry("groupCodes", List.of(group))
			.containsEntry("seatsLeft", 30)
			.containsEntry("createdBy", ambassador);
		assertThat((String) created.get("startsAt")).endsWith("+07:00");
		assertThat(OffsetDateTime.parse((String) created.get("startsAt"))).isEqualTo(starts);
		assertThat((String) created.get("when")).startsWith("tối thứ").endsWith(", 19 giờ 30");

		List<Map<String, Object>> listed = list(ambassador, "/api/v1/classes?group=" + group);
		assertThat(listed).extracting((c) -> c.get("id")).contains(created.get("id"));
		assertThat(list(ambassador, "/api/v1/classes?group=" + this.ward.group())).extracting((c) -> c.get("id"))
			.doesNotContain(created.get("id"));
	}

	@Test
	void anAmbassadorCannotPlanOrChangeClassesOfOtherGroupsOrOfTheWholeWard() {
		String mine = this.ward.group();
		String other = this.ward.group();
		String ambassador = this.ward.ambassador(mine);
		create(ambassador, form("Lớp tổ khác", other, inDays(2), 10)).expectStatus()
			.isForbidden()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		Map<String, Object> wardWide = form("Lớp cả phường", null, inDays(2), 10);
		create(ambassador, wardWide).expectStatus().isForbidden();
		String staffClass = id(create("admin", form("Lớp của phường", other, inDays(2), 10)));
		this.ward.as(ambassador, HttpMethod.PUT, "/api/v1/classes/" + staffClass)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(form("Đổi tên", mine, inDays(2), 10))
			.exchange()
			.expectStatus()
			.isForbidden();
		this.ward.as(ambassador, HttpMethod.DELETE, "/api/v1/classes/" + staffClass)
			.exchange()
			.expectStatus()
			.isForbidden();
		this.ward.as(ambassador, HttpMethod.GET, "/api/v1/classes/" + staffClass + "/attendees")
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	@Test
	void refusesBadClassesWithAProblemThatSaysWhichField() {
		String group = this.ward.group();
		Map<String, String> wrong = new HashMap<>();
		wrong.put("title", "'title'");
		wrong.put("place", "'place'");
		wrong.put("startsAt", "'startsAt'");
		wrong.put("capacity", "'capacity'");
		wrong.forEach((field, said) -> {
			Map<String, Object> form = form("Lớp", group, inDays(2), 10);
			form.put(field, field.equals("capacity") ? 0 : (field.equals("startsAt") ? "thứ Tư" : " "));
			problem(create("admin", form), 400, said);
		});
		Map<String, Object> backwards = form("Lớp", group, inDays(2), 10);
		backwards.put("endsAt", inDays(1).toString());
		problem(create("admin", backwards), 400, "'endsAt'");
		problem(create("admin", form("Lớp", "KHONG-CO-TO-NAY", inDays(2), 10)), 400, "KHONG-CO-TO-NAY");
		problem(create("admin", form("x".repeat(5_000), group, inDays(2), 10)), 400, "'title'");
		problem(create("admin", form("x".repeat(100_000), group, inDays(2), 10)), 413, "");
		Map<String, Object> teacher = form("Lớp", group, inDays(2), 10);
		teacher.put("teacher", "khong-phai-dai-su");
		problem(create("admin", teacher), 400, "'teacher'");
		problem(this.ward.as("admin", HttpMethod.GET, "/api/v1/classes?from=10/12/2026").exchange(), 400, "'from'");
		problem(this.ward.as("admin", HttpMethod.GET, "/api/v1/classes/khong-co").exchange(), 404, "Không có lớp");
	}

	@Test
	void aChangeKeepsTheSignUpsAndACancelledClassIsNoLongerListed() {
		String group = this.ward.group();
		String ambassador = this.ward.ambassador(group);
		String id = id(create(ambassador, form("Thanh toán QR", group, inDays(4), 20)));
		Map<String, Object> changed = form("Thanh toán bằng mã QR", group, inDays(5), 25);
		this.ward.as(ambassador, HttpMethod.PUT, "/api/v1/classes/" + id)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(changed)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("Thanh toán bằng mã QR")
			.jsonPath("$.seatsLeft")
			.isEqualTo(25);
		this.ward.as(ambassador, HttpMethod.DELETE, "/api/v1/classes/" + id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.toCall")
			.isEmpty();
		assertThat(list(ambassador, "/api/v1/classes?group=" + group)).extracting((c) -> c.get("id"))
			.doesNotContain(id);
		this.ward.as(ambassador, HttpMethod.GET, "/api/v1/classes/" + id).exchange().expectStatus().isNotFound();
	}

	@Test
	void theTeacherAddsAWalkInAndTicksWhoCameWithThePhoneKeptSealed() {
		String group = this.ward.group();
		String teacher = this.ward.ambassador(group);
		Map<String, Object> form = form("Nhận diện lừa đảo", group, inDays(1), 15);
		form.put("teacher", teacher);
		String id = id(create("admin", form));
		String uri = "/api/v1/classes/" + id + "/attendees";
		Map<String, Object> walkIn = this.ward.as(teacher, HttpMethod.POST, uri)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("name", "Bà Nguyễn Thị Lành", "phone", "0912 345 678"))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
		assertThat(walkIn).containsEntry("kind", "walk-in")
			.containsEntry("name", "Bà Nguyễn Thị Lành")
			.containsEntry("phone", "0912345678")
			.containsEntry("present", true);
		problem(this.ward.as(teacher, HttpMethod.POST, uri)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("name", "Ông Ba", "phone", "12345"))
			.exchange(), 400, "'phone'");
		this.ward.as(teacher, HttpMethod.PUT, uri + "/" + walkIn.get("id"))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("present", false))
			.exchange()
			.expectStatus()
			.isOk();
		problem(this.ward.as(teacher, HttpMethod.PUT, uri + "/" + walkIn.get("id"))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("present", "có"))
			.exchange(), 400, "'present'");
		problem(this.ward.as(teacher, HttpMethod.PUT, uri + "/khong-co")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("present", true))
			.exchange(), 404, "danh sách");
		assertThat(list(teacher, uri)).singleElement()
			.satisfies((attendee) -> assertThat(attendee).containsEntry("present", false));
	}

	@Test
	void aMonthsFiguresCountTheClassesHeldAndWhoCameForEachGroupAndTheLeaderboardShowsThem() {
		String group = this.ward.group();
		OffsetDateTime starts = OffsetDateTime.now(VIETNAM).minusHours(3).truncatedTo(ChronoUnit.MINUTES);
		Map<String, Object> form = form("Lớp đã học xong", group, starts, 10);
		form.put("endsAt", starts.plusHours(2).toString());
		String id = id(create("admin", form));
		String uri = "/api/v1/classes/" + id + "/attendees";
		for (String name : List.of("Ông Tư", "Bà Năm")) {
			this.ward.as("admin", HttpMethod.POST, uri)
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(Map.of("name", name))
				.exchange()
				.expectStatus()
				.isCreated();
		}
		String absent = (String) list("admin", uri).get(1).get("id");
		this.ward.as("admin", HttpMethod.PUT, uri + "/" + absent)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("present", false))
			.exchange()
			.expectStatus()
			.isOk();
		String month = starts.toString().substring(0, 7);
		this.ward.as("admin", HttpMethod.GET, "/api/v1/classes/figures?month=" + month)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.groups[?(@.group == '" + group + "')].classesHeld")
			.isEqualTo(List.of(1))
			.jsonPath("$.groups[?(@.group == '" + group + "')].attendees")
			.isEqualTo(List.of(1));
		problem(this.ward.as("admin", HttpMethod.GET, "/api/v1/classes/figures?month=12-2026").exchange(), 400,
				"'month'");
		if (month.equals(OffsetDateTime.now(VIETNAM).toString().substring(0, 7))) {
			this.client.http()
				.get()
				.uri("/api/public/leaderboard")
				.exchange()
				.expectBody()
				.jsonPath("$.rows[?(@.group == '" + group + "')].classesHeld")
				.isEqualTo(List.of(1))
				.jsonPath("$.rows[?(@.group == '" + group + "')].classAttendees")
				.isEqualTo(List.of(1));
		}
	}

	static OffsetDateTime inDays(int days) {
		return OffsetDateTime.now(VIETNAM).plusDays(days).withHour(8).truncatedTo(ChronoUnit.HOURS);
	}

	static Map<String, Object> form(String title, String group, OffsetDateTime starts, int capacity) {
		Map<String, Object> form = new HashMap<>();
		form.put("title", title);
		form.put("topics", List.of("vneid.install"));
		form.put("groupCodes", (group != null) ? List.of(group) : List.of());
		form.put("place", "Nhà văn hóa tổ");
		form.put("startsAt", starts.toString());
		form.put("endsAt", starts.plusMinutes(90).toString());
		form.put("capacity", capacity);
		return form;
	}

	WebTestClient.ResponseSpec create(String who, Map<String, Object> form) {
		return this.ward.as(who, HttpMethod.POST, "/api/v1/classes")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(form)
			.exchange();
	}

	static String id(WebTestClient.ResponseSpec created) {
		return (String) created.expectStatus()
			.isCreated()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody()
			.get("id");
	}

	List<Map<String, Object>> list(String who, String uri) {
		return this.ward.as(who, HttpMethod.GET, uri)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.returnResult()
			.getResponseBody();
	}

	static void problem(WebTestClient.ResponseSpec response, int status, String said) {
		response.expectStatus()
			.isEqualTo(status)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody(String.class)
			.value((body) -> assertThat(body).contains(said));
	}

}

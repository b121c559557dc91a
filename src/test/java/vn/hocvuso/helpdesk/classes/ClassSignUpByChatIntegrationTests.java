package vn.hocvuso.helpdesk.classes;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;

import vn.hocvuso.helpdesk.HelpdeskClient;
import vn.hocvuso.helpdesk.HelpdeskIntegrationTest;
import vn.hocvuso.helpdesk.WardFixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A resident asks the bot about classes in the web chat, signs up with one tap, finds a
 * full class and cancels: through the real WebFlux stack, classifier and store.
 */
@HelpdeskIntegrationTest
class ClassSignUpByChatIntegrationTests {

	@LocalServerPort
	int port;

	HelpdeskClient client;

	WardFixture ward;

	ClassScheduleApiIntegrationTests api;

	@BeforeEach
	void connect() {
		this.client = HelpdeskClient.on(this.port);
		this.ward = new WardFixture(this.client);
		this.api = new ClassScheduleApiIntegrationTests();
		this.api.client = this.client;
		this.api.ward = this.ward;
	}

	@Test
	void residentsAskingAboutClassesInTheirOwnWordsGetTheirGroupsNextClassesWithASignUpButton() {
		String group = this.ward.group();
		String id = ClassScheduleApiIntegrationTests
			.id(this.api.create("admin", ClassScheduleApiIntegrationTests.form("Cài VNeID cho người cao tuổi", group,
					ClassScheduleApiIntegrationTests.inDays(2).withHour(19).withMinute(30), 20)));
		for (String question : List.of("lịch học lớp bình dân học vụ số", "khi nào có lớp dạy cài vneid",
				"tuần này có lớp học không cháu", "phường có mở lớp học kỹ năng số ko")) {
			WardFixture.Resident resident = this.ward.residentWithTicket(group);
			Map<String, Object> answer = this.client.chat(resident.session(), question);
			assertThat((String) answer.get("reply")).as(question)
				.contains("Cài VNeID cho người cao tuổi", "tối thứ", "19 giờ 30", "còn 20 chỗ");
			assertThat(quickReplies(answer)).as(question).contains("Đăng ký lớp 1");
		}
		assertThat(this.api.list("admin", "/api/v1/classes/" + id + "/attendees")).isEmpty();
	}

	@Test
	void oneTapSignsUpAFullClassOffersTheNextAndHuyDangKyGivesTheSeatBack() {
		String group = this.ward.group();
		String first = ClassScheduleApiIntegrationTests.id(this.api.create("admin", ClassScheduleApiIntegrationTests
			.form("Lớp một chỗ", group, ClassScheduleApiIntegrationTests.inDays(1), 1)));
		String next = ClassScheduleApiIntegrationTests.id(this.api.create("admin", ClassScheduleApiIntegrationTests
			.form("Lớp còn chỗ", group, ClassScheduleApiIntegrationTests.inDays(1).plusHours(2), 5)));
		WardFixture.Resident an = this.ward.residentWithTicket(group);
		WardFixture.Resident binh = this.ward.residentWithTicket(group);
		this.client.chat(an.session(), "lịch học lớp bình dân học vụ số");
		this.client.chat(binh.session(), "lịch học lớp bình dân học vụ số");

		Map<String, Object> signed = this.client.chat(an.session(), "Đăng ký lớp 1");
		assertThat((String) signed.get("reply")).contains("đã ghi tên bác vào lớp «Lớp một chỗ»");
		assertThat((String) this.client.chat(an.session(), "lịch học lớp bình dân học vụ số").get("reply"))
			.contains("Lớp một chỗ");
		assertThat(this.api.list("admin", "/api/v1/classes/" + first + "/attendees")).singleElement()
			.satisfies(
					(attendee) -> assertThat(attendee).containsEntry("kind", "signup").containsEntry("present", false));

		Map<String, Object> full = this.client.chat(binh.session(), "dang ky lop 1");
		assertThat((String) full.get("reply")).contains("vừa đủ chỗ", "«Lớp còn chỗ»");
		assertThat(quickReplies(full)).containsExactly("Đăng ký lớp 1");
		assertThat((String) this.client.chat(binh.session(), "Đăng ký lớp 1").get("reply"))
			.contains("đã ghi tên bác vào lớp «Lớp còn chỗ»");
		assertThat(seatsLeft(next)).isEqualTo(4);

		assertThat((String) this.client.chat(an.session(), "hủy đăng ký dịch vụ sms banking thế nào").get("reply"))
			.as("cancelling something else is not cancelling the class")
			.doesNotContain("hủy đăng ký lớp");
		assertThat((String) this.client.chat(an.session(), "Hủy đăng ký").get("reply"))
			.contains("đã hủy đăng ký lớp «Lớp một chỗ»");
		assertThat(seatsLeft(first)).isEqualTo(1);
		assertThat(this.api.list("admin", "/api/v1/classes/" + first + "/attendees")).isEmpty();
		assertThat((String) this.client.chat(an.session(), "huỷ đăng kí").get("reply"))
			.contains("chưa đăng ký lớp nào");
	}

	@Test
	void aResidentWhoseGroupIsNotKnownIsAnsweredFromTheWholeSchedule() {
		String session = "no-group-" + System.nanoTime();
		for (String question : List.of("lịch học lớp bình dân học vụ số", "Lớp học kỹ năng số")) {
			Map<String, Object> answer = this.client.chat(session, question);
			assertThat((String) answer.get("reply")).as(question)
				.containsAnyOf("sắp tới bác đi được", "chưa xếp lớp nào sắp tới ạ");
		}
	}

	@Test
	void aGroupWithNoClassAheadIsToldSoWithTheGuideAndAPerson() {
		String group = this.ward.group();
		WardFixture.Resident resident = this.ward.residentWithTicket(group);
		Map<String, Object> answer = this.client.chat(resident.session(), "lịch học lớp bình dân học vụ số");
		String reply = (String) answer.get("reply");
		if (reply.contains("sắp tới bác đi được")) {
			// Another test may have put a ward-wide class on the schedule.
			assertThat(reply).doesNotContain("chưa xếp lớp");
			return;
		}
		assertThat(reply).contains("chưa xếp lớp nào sắp tới cho tổ của bác", "nhà văn hóa");
		assertThat((List<?>) answer.get("quickReplies")).hasSize(1);
	}

	@SuppressWarnings("unchecked")
	static List<String> quickReplies(Map<String, Object> answer) {
		return (List<String>) answer.get("quickReplies");
	}

	private int seatsLeft(String id) {
		return (Integer) this.ward.as("admin", HttpMethod.GET, "/api/v1/classes/" + id)
			.exchange()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody()
			.get("seatsLeft");
	}

}

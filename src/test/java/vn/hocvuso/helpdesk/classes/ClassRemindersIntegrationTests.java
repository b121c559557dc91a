package vn.hocvuso.helpdesk.classes;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.TestPropertySource;

import vn.hocvuso.helpdesk.AdjustableClock;
import vn.hocvuso.helpdesk.HelpdeskClient;
import vn.hocvuso.helpdesk.HelpdeskIntegrationTest;
import vn.hocvuso.helpdesk.WardFixture;
import vn.hocvuso.helpdesk.residents.Resident;
import vn.hocvuso.helpdesk.residents.ResidentDirectory;
import vn.hocvuso.helpdesk.shared.ChannelType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * The reminder the day before a class: sent through the resident's channel when it
 * carries it free, else the ambassador is asked to phone; each sign-up once.
 */
@HelpdeskIntegrationTest
@Import(AdjustableClock.Config.class)
@TestPropertySource(properties = "helpdesk.escalation.check-every=100ms")
class ClassRemindersIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	AdjustableClock clock;

	@Autowired
	ClassReminders reminders;

	@Autowired
	ClassSchedule schedule;

	@Autowired
	ResidentDirectory residents;

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

	@AfterEach
	void backToRealTime() {
		this.clock.reset();
	}

	/**
	 * A Messenger resident whose last message was three days ago: outside Meta's 24
	 * hours.
	 */
	private Resident quietMessengerResident(String group) {
		Resident quiet = this.residents.identify(ChannelType.MESSENGER, "psid-" + new ObjectId()).block();
		this.residents.heard(quiet.id(), "mid-" + new ObjectId(), Instant.now().minus(Duration.ofDays(3))).block();
		return quiet;
	}

	@Test
	void cancellingAClassTellsTheWebChatResidentAndListsTheMessengerResidentToPhone() {
		String group = this.ward.group();
		String id = ClassScheduleApiIntegrationTests.id(this.api.create("admin", ClassScheduleApiIntegrationTests
			.form("Lớp sẽ hủy", group, ClassScheduleApiIntegrationTests.inDays(3), 5)));
		WardFixture.Resident chatting = this.ward.residentWithTicket(group);
		this.client.chat(chatting.session(), "lịch học lớp bình dân học vụ số");
		assertThat((String) this.client.chat(chatting.session(), "Đăng ký lớp 1").get("reply"))
			.contains("đã ghi tên bác vào lớp «Lớp sẽ hủy»");
		Resident quiet = quietMessengerResident(group);
		assertThat(this.schedule.signUp(this.schedule.find(id).block(), quiet).block())
			.isEqualTo(SignUpResult.SIGNED_UP);

		Map<String, Object> cancelled = this.ward.as("admin", HttpMethod.DELETE, "/api/v1/classes/" + id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
		assertThat((List<?>) cancelled.get("toCall")).singleElement()
			.satisfies((person) -> assertThat(((Map<?, ?>) person).get("channel")).isEqualTo("messenger"));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.client.mailbox(chatting.session()))
				.anySatisfy((text) -> assertThat(text).contains("lớp «Lớp sẽ hủy»", "đã hủy, bác không cần đến")));
		this.ward.as("admin", HttpMethod.DELETE, "/api/v1/classes/" + id).exchange().expectStatus().isNotFound();
	}

	@Test
	void theDayBeforeAWebChatResidentIsRemindedAndAMessengerResidentSilentForDaysGoesOnTheCallList() {
		String group = this.ward.group();
		OffsetDateTime starts = OffsetDateTime.now(ClassScheduleApiIntegrationTests.VIETNAM)
			.plusHours(30)
			.truncatedTo(ChronoUnit.MINUTES);
		String id = ClassScheduleApiIntegrationTests.id(this.api.create("admin",
				ClassScheduleApiIntegrationTests.form("Lớp nhắc trước một ngày", group, starts, 5)));
		WardFixture.Resident chatting = this.ward.residentWithTicket(group);
		this.client.chat(chatting.session(), "lịch học lớp bình dân học vụ số");
		assertThat((String) this.client.chat(chatting.session(), "Đăng ký lớp 1").get("reply"))
			.contains("đã ghi tên bác");
		Resident quiet = quietMessengerResident(group);
		WardClass wardClass = this.schedule.find(id).block();
		assertThat(this.schedule.signUp(wardClass, quiet).block()).isEqualTo(SignUpResult.SIGNED_UP);

		assertThat(this.reminders.remindDue().block()).as("more than a day ahead: nothing due yet").isZero();
		this.clock.advance(Duration.ofHours(8));
		assertThat(this.reminders.remindDue().block()).isGreaterThanOrEqualTo(2);

		List<Map<String, Object>> list = this.api.list("admin", "/api/v1/classes/" + id + "/attendees");
		assertThat(list).extracting((attendee) -> attendee.get("channel"), (attendee) -> attendee.get("reminder"))
			.containsExactlyInAnyOrder(tuple("webchat", Attendee.REMINDED), tuple("messenger", Attendee.TO_CALL));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(
					() -> assertThat(this.client.mailbox(chatting.session())).anySatisfy((text) -> assertThat(text)
						.contains("cháu nhắc bác lớp bác đã đăng ký", "«Lớp nhắc trước một ngày»")));
		this.reminders.remindDue().block();
		assertThat(this.client.mailbox(chatting.session()))
			.filteredOn((text) -> text.contains("cháu nhắc bác lớp bác đã đăng ký"))
			.as("each sign-up is reminded once")
			.hasSize(1);
	}

}

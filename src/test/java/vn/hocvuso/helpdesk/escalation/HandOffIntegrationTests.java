package vn.hocvuso.helpdesk.escalation;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

import vn.hocvuso.helpdesk.HelpdeskClient;
import vn.hocvuso.helpdesk.HelpdeskIntegrationTest;
import vn.hocvuso.helpdesk.WardFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The hand-off to a person, end to end through the web chat and the tickets API: when a
 * ticket opens, is joined or reopens, urgency, the group question, the feedback question,
 * silence while a person helps, and the resident's phone number.
 */
@HelpdeskIntegrationTest
class HandOffIntegrationTests {

	/** The phone number of these tests however it is written. */
	private static final String KEPT_0987 = "987\\D?654\\D?321";

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
	void asksAResidentWithoutAGroupWhichGroupTheyLiveIn() {
		String group = this.ward.group();
		String session = "ask-group-" + System.nanoTime();
		Map<String, Object> escalated = this.client.chat(session, "giá vàng hôm nay thế nào");
		assertThat((String) escalated.get("reply")).contains("bác ở tổ dân phố nào");
		assertThat((List<?>) escalated.get("quickReplies")).isNotEmpty();
		Map<String, Object> answered = this.client.chat(session, "Tổ thử " + group);
		assertThat((String) answered.get("reply")).contains("đã ghi nhận bác ở " + group);
		Map<String, Object> later = this.client.chat(session, "thời tiết mai ra sao");
		assertThat((String) later.get("reply")).doesNotContain("tổ dân phố nào");
	}

	@Test
	void offersANewTicketToTheAmbassadorsOfTheResidentsGroupOnly() {
		String group = this.ward.group();
		String other = this.ward.group();
		String mine = this.ward.ambassador(group);
		String notMine = this.ward.ambassador(other);
		WardFixture.Resident resident = this.ward.residentWithTicket(group);

		assertThat(this.ward.openTickets(mine)).extracting((ticket) -> ticket.get("id")).contains(resident.ticketId());
		assertThat(this.ward.openTickets(notMine)).extracting((ticket) -> ticket.get("id"))
			.doesNotContain(resident.ticketId());
		Map<String, Object> detail = this.ward.detail(mine, resident.ticketId());
		assertThat(WardFixture.summary(detail)).containsEntry("groupCode", group).containsEntry("state", "WAITING");
	}

	@Test
	void botStaysSilentWhileAPersonOwnsTheConversationAndRecordsEveryMessage() {
		String group = this.ward.group();
		String ambassador = this.ward.ambassador(group);
		WardFixture.Resident resident = this.ward.residentWithTicket(group);
		this.ward.claim(ambassador, resident.ticketId());

		Map<String, Object> silent = this.client.chat(resident.session(), "cài vneid ở đâu vậy");
		assertThat(silent.get("reply")).isNull();
		assertThat(silent).containsEntry("decision", "human");
		assertThat(WardFixture.texts(this.ward.detail(ambassador, resident.ticketId())))
			.contains("cài vneid ở đâu vậy");

		this.ward.act(ambassador, HttpMethod.POST, resident.ticketId(), "/release", Map.of()).expectStatus().isOk();
		Map<String, Object> bot = this.client.chat(resident.session(), "cài vneid ở đâu vậy");
		assertThat((String) bot.get("reply")).contains("VNeID");
	}

	@Test
	void resolvingAsksTheResidentForFeedbackAndStoresTheAnswerOnTheCase() {
		String group = this.ward.group();
		String ambassador = this.ward.ambassador(group);
		WardFixture.Resident resident = this.ward.residentWithTicket(group);
		this.ward.claim(ambassador, resident.ticketId());
		this.ward
			.act(ambassador, HttpMethod.POST, resident.ticketId(), "/replies", Map.of("text", "Cháu đã gửi hướng dẫn."))
			.expectStatus()
			.isOk();
		this.ward
			.act(ambassador, HttpMethod.POST, resident.ticketId(), "/resolve",
					Map.of("note", "đã hướng dẫn qua điện thoại"))
			.expectStatus()
			.isOk();
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.client.mailbox(resident.session()))
				.anySatisfy((text) -> assertThat(text).contains("có giúp được bác không")));

		Map<String, Object> thanks = this.client.chat(resident.session(), "Có ích");
		assertThat((String) thanks.get("reply")).contains("cảm ơn bác");
		Map<String, Object> ticket = this.ward.detail(ambassador, resident.ticketId());
		assertThat(ticket).containsEntry("feedback", "helpful")
			.containsEntry("outcomeNote", "đã hướng dẫn qua điện thoại");
		List<Map<String, Object>> cases = this.client.staffList("/api/v1/cases?limit=200");
		assertThat(cases).filteredOn((c) -> resident.question().equals(c.get("text")))
			.singleElement()
			.as("the question came before the resident named their group, and counts for it")
			.satisfies((c) -> assertThat(c).containsEntry("feedback", "helpful").containsEntry("groupCode", group));
		assertThat(cases).filteredOn((c) -> "Có ích".equals(c.get("text")))
			.anySatisfy((c) -> assertThat(c).containsEntry("groupCode", group).containsEntry("decision", "feedback"));
	}

	@Test
	void aResidentWritingAgainSoonAfterResolutionReopensTheTicketAsUrgent() {
		String group = this.ward.group();
		String ambassador = this.ward.ambassador(group);
		WardFixture.Resident resident = this.ward.residentWithTicket(group);
		this.ward.claim(ambassador, resident.ticketId());
		this.ward.act(ambassador, HttpMethod.POST, resident.ticketId(), "/resolve", Map.of("note", ""))
			.expectStatus()
			.isOk();
		this.client.chat(resident.session(), "Có ích");

		this.client.chat(resident.session(), "lại không vào được ứng dụng nữa rồi");
		Map<String, Object> reopened = this.ward.detail(ambassador, resident.ticketId());
		assertThat(WardFixture.summary(reopened)).containsEntry("state", "WAITING")
			.containsEntry("urgentReason", UrgentReasons.REOPENED);
		assertThat(WardFixture.texts(reopened)).contains("lại không vào được ứng dụng nữa rồi");
	}

	@Test
	void aSecondFailureWhileWaitingJoinsTheSameTicketAndMakesItUrgent() {
		String group = this.ward.group();
		WardFixture.Resident resident = this.ward.residentWithTicket(group);
		this.client.chat(resident.session(), "còn giá xăng thì sao");
		List<Map<String, Object>> tickets = this.ward.openTickets("admin")
			.stream()
			.filter((ticket) -> resident.question().equals(ticket.get("preview")))
			.toList();
		assertThat(tickets).singleElement()
			.satisfies((ticket) -> assertThat(ticket).containsEntry("urgentReason", UrgentReasons.REPEATED));
	}

	@Test
	void aScamVictimGetsAnUrgentTicketWithTheBotsGuesses() {
		String session = "scam-" + System.nanoTime();
		Map<String, Object> answered = this.client.chat(session, "tôi bị lừa chuyển tiền mất rồi giờ phải làm sao");
		assertThat(answered).containsEntry("topic", "scam.victim");
		Map<String, Object> ticket = this.ward.openTickets("admin")
			.stream()
			.filter((open) -> "tôi bị lừa chuyển tiền mất rồi giờ phải làm sao".equals(open.get("preview")))
			.findFirst()
			.orElseThrow();
		assertThat(ticket).containsEntry("urgentReason", UrgentReasons.SCAM);
		Map<String, Object> detail = this.ward.detail("admin", (String) ticket.get("id"));
		assertThat((List<Map<String, Object>>) detail.get("guesses")).first()
			.satisfies((guess) -> assertThat(guess).containsEntry("topic", "scam.victim").containsKey("shortAnswer"));
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void aPhoneNumberTheResidentWritesOnTheirTicketIsKeptButNowhereElse(CapturedOutput logs) {
		String group = this.ward.group();
		String ambassador = this.ward.ambassador(group);
		WardFixture.Resident resident = this.ward.residentWithTicket(group);
		this.ward.claim(ambassador, resident.ticketId());

		this.client.chat(resident.session(), "số của bác là 0987 654 321 nhé cháu");
		Map<String, Object> ticket = this.ward.detail(ambassador, resident.ticketId());
		assertThat(ticket).containsEntry("phone", "0987654321");
		assertThat(WardFixture.texts(ticket)).contains("số của bác là [số điện thoại] nhé cháu");
		assertThat(this.client.staffList("/api/v1/cases?limit=200")).extracting((c) -> (String) c.get("text"))
			.contains("số của bác là [số điện thoại] nhé cháu")
			.allSatisfy((text) -> assertThat(text).doesNotContainPattern(KEPT_0987));
		assertThat(this.ward.openTickets(ambassador)).extracting((open) -> (String) open.get("preview"))
			.allSatisfy((preview) -> assertThat(preview).doesNotContainPattern(KEPT_0987));
		String metrics = this.client.http()
			.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(metrics).doesNotContainPattern(KEPT_0987);
		assertThat(logs.getAll()).doesNotContainPattern(KEPT_0987);
	}

	@Test
	void aPhoneNumberWrittenWhileNoPersonIsHelpingIsNotKept() {
		String group = this.ward.group();
		String session = "no-ticket-" + System.nanoTime();
		Map<String, Object> answered = this.client.chat(session, "cài vneid ở đâu, số tôi 0912345678");
		assertThat(answered).containsEntry("decision", "answer");
		WardFixture.Resident resident = this.ward.ticketFor((text) -> this.client.chat(session, text), group, session);
		assertThat(this.ward.detail("admin", resident.ticketId()).get("phone")).isNull();
	}

}

package vn.hocvuso.helpdesk.tickets;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.hocvuso.helpdesk.HelpdeskClient;
import vn.hocvuso.helpdesk.WardFixture;
import vn.hocvuso.helpdesk.HelpdeskIntegrationTest;
import vn.hocvuso.helpdesk.WardFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@HelpdeskIntegrationTest
class TicketsIntegrationTests {

	/** The phone numbers of these tests however they are written. */
	private static final String KEPT_0912 = "912\\D{0,2}345\\D?678", KEPT_0987 = "987\\D?654\\D?321";

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
		Map<String, Object> detail = detail(mine, resident.ticketId());
		assertThat(WardFixture.summary(detail)).containsEntry("groupCode", group).containsEntry("state", "WAITING");
	}

	@Test
	void refusesAnAmbassadorEveryActionOnAnotherGroupsTicket() {
		String group = this.ward.group();
		String outsider = this.ward.ambassador(this.ward.group());
		String id = this.ward.residentWithTicket(group).ticketId();
		for (String path : List.of("", "/claim", "/release", "/replies", "/resolve", "/group", "/phone")) {
			HttpMethod method = path.isEmpty() ? HttpMethod.GET
					: (path.equals("/group") || path.equals("/phone")) ? HttpMethod.PUT : HttpMethod.POST;
			var request = this.ward.as(outsider, method, "/api/v1/tickets/" + id + path);
			(method == HttpMethod.GET ? request.exchange()
					: request.contentType(MediaType.APPLICATION_JSON)
						.bodyValue(Map.of("text", "x", "note", "x", "groupCode", group, "phone", "0912345678"))
						.exchange())
				.expectStatus()
				.isForbidden()
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		}
		Map<String, Object> untouched = detail("admin", id);
		assertThat(WardFixture.summary(untouched)).containsEntry("state", "WAITING");
		assertThat(untouched.get("phone")).isNull();
	}

	@Test
	void manySimultaneousClaimsHaveExactlyOneWinner() throws Exception {
		String group = this.ward.group();
		List<String> ambassadors = IntStream.range(0, 4).mapToObj((i) -> this.ward.ambassador(group)).toList();
		String id = this.ward.residentWithTicket(group).ticketId();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<CompletableFuture<Integer>> claims = IntStream.range(0, 8)
				.mapToObj((i) -> CompletableFuture.supplyAsync(() -> this.ward
					.as(ambassadors.get(i % ambassadors.size()), HttpMethod.POST, "/api/v1/tickets/" + id + "/claim")
					.exchange()
					.returnResult(String.class)
					.getStatus()
					.value(), pool))
				.toList();
			List<Integer> statuses = claims.stream().map(CompletableFuture::join).toList();
			assertThat(statuses).filteredOn((status) -> status == 200).hasSize(1);
			assertThat(statuses).filteredOn((status) -> status == 409).hasSize(7);
		}
		finally {
			pool.shutdownNow();
		}
		this.ward.as(ambassadors.get(0), HttpMethod.POST, "/api/v1/tickets/" + id + "/claim")
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectBody(String.class)
			.value((body) -> assertThat(body).contains("Đã có người nhận"));
	}

	@Test
	void botStaysSilentWhileAPersonOwnsTheConversationAndRecordsEveryMessage() {
		String group = this.ward.group();
		String ambassador = this.ward.ambassador(group);
		WardFixture.Resident resident = this.ward.residentWithTicket(group);
		claim(ambassador, resident.ticketId());

		Map<String, Object> silent = this.client.chat(resident.session(), "cài vneid ở đâu vậy");
		assertThat(silent.get("reply")).isNull();
		assertThat(silent).containsEntry("decision", "human");
		assertThat(texts(detail(ambassador, resident.ticketId()))).contains("cài vneid ở đâu vậy");

		post(ambassador, resident.ticketId(), "/release", Map.of()).expectStatus().isOk();
		Map<String, Object> bot = this.client.chat(resident.session(), "cài vneid ở đâu vậy");
		assertThat((String) bot.get("reply")).contains("VNeID");
	}

	@Test
	void ambassadorsReplyReachesTheResidentsWebChat() {
		String group = this.ward.group();
		String ambassador = this.ward.ambassador(group);
		WardFixture.Resident resident = this.ward.residentWithTicket(group);
		claim(ambassador, resident.ticketId());
		this.ward.reply(ambassador, resident.ticketId(), "Chào bác, cháu gọi bác sau 5 phút nhé.");
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(
					() -> assertThat(mailbox(resident.session())).contains("Chào bác, cháu gọi bác sau 5 phút nhé."));
		this.ward.awaitReply(ambassador, resident.ticketId(), "SENT");
	}

	@Test
	void resolvingAsksTheResidentForFeedbackAndStoresTheAnswerOnTheCase() {
		String group = this.ward.group();
		String ambassador = this.ward.ambassador(group);
		WardFixture.Resident resident = this.ward.residentWithTicket(group);
		claim(ambassador, resident.ticketId());
		post(ambassador, resident.ticketId(), "/replies", Map.of("text", "Cháu đã gửi hướng dẫn.")).expectStatus()
			.isOk();
		post(ambassador, resident.ticketId(), "/resolve", Map.of("note", "đã hướng dẫn qua điện thoại")).expectStatus()
			.isOk();
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(mailbox(resident.session()))
				.anySatisfy((text) -> assertThat(text).contains("có giúp được bác không")));

		Map<String, Object> thanks = this.client.chat(resident.session(), "Có ích");
		assertThat((String) thanks.get("reply")).contains("cảm ơn bác");
		Map<String, Object> ticket = detail(ambassador, resident.ticketId());
		assertThat(ticket).containsEntry("feedback", "helpful")
			.containsEntry("outcomeNote", "đã hướng dẫn qua điện thoại");
		List<Map<String, Object>> cases = this.client.staffList("/api/v1/cases?limit=200");
		assertThat(cases).filteredOn((c) -> resident.question().equals(c.get("text")))
			.singleElement()
			.satisfies((c) -> assertThat(c).containsEntry("feedback", "helpful").doesNotContainKey("groupCode"));
		assertThat(cases).filteredOn((c) -> "Có ích".equals(c.get("text")))
			.anySatisfy((c) -> assertThat(c).containsEntry("groupCode", group).containsEntry("decision", "feedback"));
	}

	@Test
	void aResidentWritingAgainSoonAfterResolutionReopensTheTicketAsUrgent() {
		String group = this.ward.group();
		String ambassador = this.ward.ambassador(group);
		WardFixture.Resident resident = this.ward.residentWithTicket(group);
		claim(ambassador, resident.ticketId());
		post(ambassador, resident.ticketId(), "/resolve", Map.of("note", "")).expectStatus().isOk();
		this.client.chat(resident.session(), "Có ích");

		this.client.chat(resident.session(), "lại không vào được ứng dụng nữa rồi");
		Map<String, Object> reopened = detail(ambassador, resident.ticketId());
		assertThat(WardFixture.summary(reopened)).containsEntry("state", "WAITING")
			.containsEntry("urgentReason", TicketService.URGENT_REOPENED);
		assertThat(texts(reopened)).contains("lại không vào được ứng dụng nữa rồi");
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
			.satisfies((ticket) -> assertThat(ticket).containsEntry("urgentReason", TicketService.URGENT_REPEATED));
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
		assertThat(ticket).containsEntry("urgentReason", TicketService.URGENT_SCAM);
		Map<String, Object> detail = detail("admin", (String) ticket.get("id"));
		assertThat((List<Map<String, Object>>) detail.get("guesses")).first()
			.satisfies((guess) -> assertThat(guess).containsEntry("topic", "scam.victim").containsKey("shortAnswer"));
	}

	@Test
	void queuesPutUrgentTicketsFirst() {
		String group = this.ward.group();
		String ambassador = this.ward.ambassador(group);
		WardFixture.Resident calm = this.ward.residentWithTicket(group);
		WardFixture.Resident urgent = this.ward.residentWithTicket(group);
		this.client.chat(urgent.session(), "còn giá xăng thì sao");
		assertThat(this.ward.openTickets(ambassador)).extracting((ticket) -> ticket.get("id"))
			.containsSubsequence(urgent.ticketId(), calm.ticketId());
	}

	@Test
	void refusesAnEmptyReplyAndAnUnclaimedOne() {
		String group = this.ward.group();
		String ambassador = this.ward.ambassador(group);
		String id = this.ward.residentWithTicket(group).ticketId();
		post(ambassador, id, "/replies", Map.of("text", "xin chào")).expectStatus()
			.isEqualTo(409)
			.expectBody(String.class)
			.value((body) -> assertThat(body).contains("Nhận phiếu"));
		claim(ambassador, id);
		post(ambassador, id, "/replies", Map.of("text", "   ")).expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void anAmbassadorRecordsCorrectsAndRemovesTheResidentsPhoneNumber() {
		String group = this.ward.group();
		String ambassador = this.ward.ambassador(group);
		String id = this.ward.residentWithTicket(group).ticketId();

		Map<String, Object> recorded = putPhone(ambassador, id, "+84 912 345 678").expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
		assertThat(recorded).containsEntry("phone", "0912345678");
		assertThat(texts(recorded)).contains(ambassador + " đã ghi số điện thoại của người dân")
			.allSatisfy((text) -> assertThat((String) text).doesNotContainPattern(KEPT_0912));
		putPhone(ambassador, id, "0987.654.321").expectStatus().isOk();
		assertThat(detail(ambassador, id)).containsEntry("phone", "0987654321");
		putPhone(ambassador, id, "").expectStatus().isOk();
		assertThat(detail(ambassador, id).get("phone")).isNull();
	}

	@Test
	void refusesAPhoneNumberThatIsNotAVietnameseOne() {
		String group = this.ward.group();
		String ambassador = this.ward.ambassador(group);
		String id = this.ward.residentWithTicket(group).ticketId();
		for (String wrong : List.of("12345", "0912 345 67", "gọi 0912345678", "091234567890")) {
			putPhone(ambassador, id, wrong).expectStatus()
				.isBadRequest()
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody(String.class)
				.value((body) -> assertThat(body).contains("Số điện thoại chưa đúng"));
		}
		this.ward.act(ambassador, HttpMethod.PUT, id, "/phone", Map.of())
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(detail(ambassador, id).get("phone")).isNull();
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void aPhoneNumberTheResidentWritesOnTheirTicketIsKeptButNowhereElse(CapturedOutput logs) {
		String group = this.ward.group();
		String ambassador = this.ward.ambassador(group);
		WardFixture.Resident resident = this.ward.residentWithTicket(group);
		claim(ambassador, resident.ticketId());

		this.client.chat(resident.session(), "số của bác là 0987 654 321 nhé cháu");
		Map<String, Object> ticket = detail(ambassador, resident.ticketId());
		assertThat(ticket).containsEntry("phone", "0987654321");
		assertThat(texts(ticket)).contains("số của bác là [số điện thoại] nhé cháu");
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
		assertThat(detail("admin", resident.ticketId()).get("phone")).isNull();
	}

	private WebTestClient.ResponseSpec putPhone(String user, String id, String phone) {
		return this.ward.act(user, HttpMethod.PUT, id, "/phone", Map.of("phone", phone));
	}

	private void claim(String ambassador, String id) {
		this.ward.claim(ambassador, id);
	}

	private WebTestClient.ResponseSpec post(String user, String id, String path, Map<String, Object> body) {
		return this.ward.act(user, HttpMethod.POST, id, path, body);
	}

	private Map<String, Object> detail(String user, String id) {
		return this.ward.detail(user, id);
	}

	private static List<Map<String, Object>> messages(Map<String, Object> detail) {
		return WardFixture.messages(detail);
	}

	private static List<Object> texts(Map<String, Object> detail) {
		return messages(detail).stream().map((m) -> m.get("text")).toList();
	}

	private List<String> mailbox(String session) {
		return this.client.http()
			.get()
			.uri("/api/v1/webchat/messages?sessionId=" + session + "&after=0")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.returnResult()
			.getResponseBody()
			.stream()
			.map((reply) -> (String) reply.get("text"))
			.toList();
	}

}

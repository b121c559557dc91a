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

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import vn.hocvuso.helpdesk.HelpdeskClient;
import vn.hocvuso.helpdesk.WardFixture;
import vn.hocvuso.helpdesk.HelpdeskIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@HelpdeskIntegrationTest
class TicketsIntegrationTests {

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

		assertThat(this.ward.openTickets(mine, WardFixture.PASSWORD)).extracting((ticket) -> ticket.get("id"))
			.contains(resident.ticketId());
		assertThat(this.ward.openTickets(notMine, WardFixture.PASSWORD)).extracting((ticket) -> ticket.get("id"))
			.doesNotContain(resident.ticketId());
		Map<String, Object> detail = detail(mine, resident.ticketId());
		assertThat(detail).extractingByKey("summary")
			.satisfies((summary) -> assertThat(asMap(summary)).containsEntry("groupCode", group)
				.containsEntry("state", "WAITING"));
	}

	@Test
	void refusesAnAmbassadorEveryActionOnAnotherGroupsTicket() {
		String group = this.ward.group();
		String outsider = this.ward.ambassador(this.ward.group());
		String id = this.ward.residentWithTicket(group).ticketId();
		for (String path : List.of("", "/claim", "/release", "/replies", "/resolve", "/group")) {
			HttpMethod method = path.isEmpty() ? HttpMethod.GET
					: path.equals("/group") ? HttpMethod.PUT : HttpMethod.POST;
			var request = this.ward.as(outsider, method, "/api/v1/tickets/" + id + path);
			(method == HttpMethod.GET ? request.exchange()
					: request.contentType(MediaType.APPLICATION_JSON)
						.bodyValue(Map.of("text", "x", "note", "x", "groupCode", group))
						.exchange())
				.expectStatus()
				.isForbidden()
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		}
		assertThat(detail("admin", id)).extractingByKey("summary")
			.satisfies((summary) -> assertThat(asMap(summary)).containsEntry("state", "WAITING"));
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
		post(ambassador, resident.ticketId(), "/replies", Map.of("text", "Chào bác, cháu gọi bác sau 5 phút nhé."))
			.expectStatus()
			.isOk();
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(
					() -> assertThat(mailbox(resident.session())).contains("Chào bác, cháu gọi bác sau 5 phút nhé."));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(messages(detail(ambassador, resident.ticketId())))
				.filteredOn((message) -> "AMBASSADOR".equals(message.get("author")))
				.singleElement()
				.satisfies((message) -> assertThat(message).containsEntry("delivery", "SENT")));
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
		assertThat(asMap(reopened.get("summary"))).containsEntry("state", "WAITING")
			.containsEntry("urgentReason", TicketService.URGENT_REOPENED);
		assertThat(texts(reopened)).contains("lại không vào được ứng dụng nữa rồi");
	}

	@Test
	void aSecondFailureWhileWaitingJoinsTheSameTicketAndMakesItUrgent() {
		String group = this.ward.group();
		WardFixture.Resident resident = this.ward.residentWithTicket(group);
		this.client.chat(resident.session(), "còn giá xăng thì sao");
		List<Map<String, Object>> tickets = this.ward.openTickets("admin", HelpdeskIntegrationTest.ADMIN_PASSWORD)
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
		Map<String, Object> ticket = this.ward.openTickets("admin", HelpdeskIntegrationTest.ADMIN_PASSWORD)
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
		assertThat(this.ward.openTickets(ambassador, WardFixture.PASSWORD)).extracting((ticket) -> ticket.get("id"))
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

	private void claim(String ambassador, String id) {
		post(ambassador, id, "/claim", Map.of()).expectStatus().isOk();
	}

	private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec post(String user, String id,
			String path, Map<String, Object> body) {
		return this.ward.as(user, HttpMethod.POST, "/api/v1/tickets/" + id + path)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

	private Map<String, Object> detail(String user, String id) {
		return this.ward.as(user, HttpMethod.GET, "/api/v1/tickets/" + id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> asMap(Object value) {
		return (Map<String, Object>) value;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> messages(Map<String, Object> detail) {
		return (List<Map<String, Object>>) detail.get("conversation");
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

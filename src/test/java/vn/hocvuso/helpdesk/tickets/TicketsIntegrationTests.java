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
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.hocvuso.helpdesk.HelpdeskClient;
import vn.hocvuso.helpdesk.HelpdeskIntegrationTest;
import vn.hocvuso.helpdesk.WardFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@HelpdeskIntegrationTest
class TicketsIntegrationTests {

	/** The phone number of these tests however it is written. */
	private static final String KEPT_0912 = "912\\D{0,2}345\\D?678";

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
		Map<String, Object> untouched = this.ward.detail("admin", id);
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
	void ambassadorsReplyReachesTheResidentsWebChat() {
		String group = this.ward.group();
		String ambassador = this.ward.ambassador(group);
		WardFixture.Resident resident = this.ward.residentWithTicket(group);
		this.ward.claim(ambassador, resident.ticketId());
		this.ward.reply(ambassador, resident.ticketId(), "Chào bác, cháu gọi bác sau 5 phút nhé.");
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.client.mailbox(resident.session()))
				.contains("Chào bác, cháu gọi bác sau 5 phút nhé."));
		this.ward.awaitReply(ambassador, resident.ticketId(), "SENT");
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
		this.ward.act(ambassador, HttpMethod.POST, id, "/replies", Map.of("text", "xin chào"))
			.expectStatus()
			.isEqualTo(409)
			.expectBody(String.class)
			.value((body) -> assertThat(body).contains("Nhận phiếu"));
		this.ward.claim(ambassador, id);
		this.ward.act(ambassador, HttpMethod.POST, id, "/replies", Map.of("text", "   "))
			.expectStatus()
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
		assertThat(WardFixture.texts(recorded)).contains(ambassador + " đã ghi số điện thoại của người dân")
			.allSatisfy((text) -> assertThat((String) text).doesNotContainPattern(KEPT_0912));
		putPhone(ambassador, id, "0987.654.321").expectStatus().isOk();
		assertThat(this.ward.detail(ambassador, id)).containsEntry("phone", "0987654321");
		putPhone(ambassador, id, "").expectStatus().isOk();
		assertThat(this.ward.detail(ambassador, id).get("phone")).isNull();
	}

	@Test
	void refusesAPhoneNumberThatIsNotAVietnameseOne() {
		String group = this.ward.group();
		String ambassador = this.ward.ambassador(group);
		String id = this.ward.residentWithTicket(group).ticketId();
		for (String wrong : List.of("12345", "0912 345 67", "gọi 0912345678", "091234567890", "9".repeat(5_000),
				"0912 345 678 ".repeat(300))) {
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
		assertThat(this.ward.detail(ambassador, id).get("phone")).isNull();
	}

	private WebTestClient.ResponseSpec putPhone(String user, String id, String phone) {
		return this.ward.act(user, HttpMethod.PUT, id, "/phone", Map.of("phone", phone));
	}

}

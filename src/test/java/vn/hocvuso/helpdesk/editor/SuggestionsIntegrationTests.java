package vn.hocvuso.helpdesk.editor;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.hocvuso.helpdesk.HelpdeskIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * The learning loop through the real API: residents' questions the bot escalated are
 * settled by a person, come back as suggested example questions grouped with alike ones
 * and with the topic of the person's reply; accepted, they reach the draft and, once
 * published, the bot answers them; dismissed, they never come back.
 */
@HelpdeskIntegrationTest
@TestPropertySource(properties = LibraryApi.SEPARATE_CONTEXT)
class SuggestionsIntegrationTests {

	static final String PATH = "/api/v1/library/suggestions";

	/**
	 * Residents who call the VNeID passcode by words the library has never seen (no
	 * Vietnamese syllable is spelled so), so the bot cannot place them at all.
	 */
	static final String ASKED = "wfjwq qjxvw";

	static final String ASKED_AGAIN = "qjxvw wfjwq zkqx";

	static final String PASSCODE_REPLY = "Dạ mã 6 số là passcode của VNeID ạ. Bác bấm Quên passcode, nhận mã OTP gửi "
			+ "về số điện thoại rồi đặt passcode mới là vào được. Không đọc mã OTP cho ai nhé.";

	@LocalServerPort
	int port;

	LibraryApi api;

	@BeforeEach
	void connect() {
		this.api = new LibraryApi(this.port);
	}

	@Test
	@SuppressWarnings("unchecked")
	void settledQuestionsAreSuggestedTogetherAcceptedPublishedAndThenAnswered() {
		String firstTicket = settle(ASKED, PASSCODE_REPLY);
		String secondTicket = settle(ASKED_AGAIN, PASSCODE_REPLY);
		String first = suggested(firstTicket);
		String second = suggested(secondTicket);

		Map<String, Object> group = groupOf(firstTicket).orElseThrow();
		assertThat(group).containsEntry("topic", "vneid.login")
			.containsEntry("title", "Đăng nhập VNeID, quên mật khẩu");
		assertThat((List<Map<String, Object>>) group.get("questions"))
			.extracting((q) -> q.get("id"), (q) -> q.get("text"), (q) -> q.get("reason"))
			.containsExactlyInAnyOrder(tuple(first, ASKED, "ESCALATED"), tuple(second, ASKED_AGAIN, "ESCALATED"));

		Map<String, Object> accepted = this.api.json(this.api.send("POST", PATH + "/accept",
				Map.of("questions", List.of(first, second), "topic", "vneid.login")), 200);
		assertThat((List<String>) accepted.get("added")).containsExactly(ASKED, ASKED_AGAIN);
		assertThat(groupOf(firstTicket)).isEmpty();
		assertThat(groupOf(secondTicket)).isEmpty();
		Map<String, Object> draft = (Map<String, Object>) this.api
			.json(this.api.get("/api/v1/library/articles/vneid.login"), 200)
			.get("draft");
		assertThat((List<String>) ((Map<String, Object>) draft.get("article")).get("examples")).contains(ASKED,
				ASKED_AGAIN);
		assertThat(this.api.client().staffList("/api/v1/library/audit?limit=20")).extracting((e) -> e.get("action"))
			.contains("suggestion.accept");

		assertThat(this.api.publishAndWait()).containsEntry("state", "DONE");
		assertThat(this.api.client().chat(session(), ASKED)).containsEntry("topic", "vneid.login")
			.containsEntry("decision", "answer");
	}

	@Test
	void aDismissedQuestionNeverComesBackEvenWhenTheResidentRatesTheHelpLater() {
		String resident = session();
		String ticket = settle(resident, "fjqwx wqjz", "Dạ bác bấm Quên mật khẩu ở màn hình đăng nhập VNeID ạ");
		String question = suggested(ticket);

		assertThat(this.api.json(this.api.send("POST", PATH + "/dismiss", Map.of("questions", List.of(question))), 200))
			.containsEntry("dismissed", 1);
		assertThat(groupOf(ticket)).isEmpty();
		// The resident answers the feedback question: the ticket is looked at again.
		assertThat(this.api.client().chat(resident, "Chưa giúp được")).containsEntry("decision", "feedback");
		assertThat(groupOf(ticket)).isEmpty();
		assertRefused(
				this.api.send("POST", PATH + "/accept", Map.of("questions", List.of(question), "topic", "vneid.login")),
				409, "đã bị bỏ qua");
	}

	@Test
	@SuppressWarnings("unchecked")
	void aQuestionAnotherTopicAlreadyHasIsRefusedAndNothingChanges() {
		String text = "gia vang hom nay bn vay " + marker();
		String firstTicket = settle(text, "Dạ cháu không rõ giá vàng ạ, bác xem trên báo nhé");
		String secondTicket = settle(text, "Dạ cháu không rõ ạ");
		String first = suggested(firstTicket);
		String second = suggested(secondTicket);
		// Replies that resemble no guide suggest no topic: staff pick one.
		assertThat(groupOf(firstTicket).orElseThrow()).doesNotContainKey("topic")
			.containsEntry("id", groupOf(secondTicket).orElseThrow().get("id"));

		this.api.json(this.api.send("POST", PATH + "/accept", Map.of("questions", List.of(first), "topic", "dvc.fee")),
				200);
		Map<String, Object> refused = this.api.json(
				this.api.send("POST", PATH + "/accept", Map.of("questions", List.of(second), "topic", "dvc.status")),
				422);
		assertThat((List<Map<String, Object>>) refused.get("problems")).extracting((p) -> p.get("rule"))
			.containsExactly("DUPLICATE_EXAMPLE");
		assertThat(refused.get("detail").toString()).contains("dvc.fee");
		assertThat(groupOf(secondTicket)).isPresent();
		assertThat(this.api.json(this.api.get("/api/v1/library/articles/dvc.status"), 200).get("draft")).isNull();
		this.api.send("DELETE", "/api/v1/library/articles/dvc.fee/draft", Map.of()).expectStatus().isNoContent();
	}

	@Test
	void badChoicesAreToldPrecisely() {
		assertRefused(this.api.send("POST", PATH + "/accept", Map.of("questions", List.of(), "topic", "vneid.login")),
				400, "Hãy chọn từ 1 đến");
		assertRefused(this.api.send("POST", PATH + "/accept", Map.of("questions", List.of("abc"))), 400,
				"Hãy chọn chủ đề");
		assertRefused(this.api.send("POST", PATH + "/accept", Map.of("questions", List.of("abc"), "topic", "khong.co")),
				404, "khong.co");
		assertRefused(this.api.send("POST", PATH + "/dismiss", Map.of("questions", List.of("khong-co-goi-y-nay"))), 404,
				"khong-co-goi-y-nay");
		assertRefused(this.api.send("POST", PATH + "/dismiss", "không phải JSON"), 400, "JSON");
	}

	/**
	 * A resident asks, the bot escalates, and staff claim, reply and resolve the ticket.
	 */
	private String settle(String question, String reply) {
		return settle(session(), question, reply);
	}

	@SuppressWarnings("unchecked")
	private String settle(String resident, String question, String reply) {
		assertThat(this.api.client().chat(resident, question)).as("the bot escalates: " + question)
			.containsEntry("decision", "escalate");
		Map<String, Object> ticket = this.api.client()
			.staffList("/api/v1/tickets")
			.stream()
			.filter((summary) -> question.equals(summary.get("preview")) && "WAITING".equals(summary.get("state")))
			.findFirst()
			.orElseThrow();
		String id = (String) ticket.get("id");
		this.api.json(this.api.send("POST", "/api/v1/tickets/" + id + "/claim", Map.of()), 200);
		this.api.json(this.api.send("POST", "/api/v1/tickets/" + id + "/replies", Map.of("text", reply)), 200);
		this.api.json(this.api.send("POST", "/api/v1/tickets/" + id + "/resolve", Map.of("note", "")), 200);
		return id;
	}

	/** The id of the suggested question from the ticket, once it is suggested. */
	@SuppressWarnings("unchecked")
	private String suggested(String ticket) {
		Map<String, Object> group = await().atMost(Duration.ofSeconds(10))
			.until(() -> groupOf(ticket), Optional::isPresent)
			.orElseThrow();
		return ((List<Map<String, Object>>) group.get("questions")).stream()
			.filter((q) -> ticket.equals(q.get("ticketId")))
			.map((q) -> (String) q.get("id"))
			.findFirst()
			.orElseThrow();
	}

	/** The suggested group holding the ticket's question, if it is suggested. */
	@SuppressWarnings("unchecked")
	private Optional<Map<String, Object>> groupOf(String ticket) {
		return this.api.client()
			.staffList(PATH)
			.stream()
			.filter((group) -> ((List<Map<String, Object>>) group.get("questions")).stream()
				.anyMatch((q) -> ticket.equals(q.get("ticketId"))))
			.findFirst();
	}

	private void assertRefused(WebTestClient.ResponseSpec response, int status, String detail) {
		assertThat(this.api.json(response, status).get("detail").toString()).contains(detail);
	}

	private static String session() {
		return "suggest-" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L);
	}

	private static String marker() {
		return Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 45), 36);
	}

}

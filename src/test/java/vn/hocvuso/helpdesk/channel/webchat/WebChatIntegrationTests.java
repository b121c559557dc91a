package vn.hocvuso.helpdesk.channel.webchat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.mongodb.client.model.Filters;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.ParameterizedTest;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;

import vn.hocvuso.helpdesk.HelpdeskClient;
import vn.hocvuso.helpdesk.HelpdeskIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@HelpdeskIntegrationTest
class WebChatIntegrationTests {

	@LocalServerPort
	int port;

	HelpdeskClient client;

	@Autowired
	MongoDatabase database;

	@BeforeEach
	void connect() {
		this.client = HelpdeskClient.on(this.port);
	}

	@Test
	void answersAnInstallQuestionTypedWithoutDiacriticsWithTheInstallGuide() {
		Map<String, Object> reply = this.client.chat(newSession(), "cai vneid o dau");
		assertThat(reply.get("decision")).isEqualTo("answer");
		assertThat(reply.get("topic")).isEqualTo("vneid.install");
		assertThat((String) reply.get("reply")).contains("VNeID");
		assertThat((String) reply.get("caseId")).isNotBlank();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "digits", "grouped digits", "stretched letters" })
	void answersTheLongestMessageAllowedHoweverOdd(String kind) {
		String text = switch (kind) {
			case "digits" -> "9".repeat(2_000);
			case "grouped digits" -> "0912 345 678 ".repeat(153);
			default -> "đượcccccc ".repeat(200);
		};
		Map<String, Object> reply = this.client.chat(newSession(), text.strip());
		assertThat(reply).containsKey("caseId").containsKey("decision");
		assertThat(this.client.chat(newSession(), "cai vneid o dau")).containsEntry("topic", "vneid.install");
	}

	@Test
	void handsAnOutOfScopeQuestionToAPersonPolitely() {
		Map<String, Object> reply = this.client.chat(newSession(), "giá vàng hôm nay bao nhiêu");
		assertThat(reply.get("decision")).isEqualTo("escalate");
		assertThat((String) reply.get("reply")).contains("chuyển");
	}

	@Test
	void escalatesWhenTheResidentAsksForAPerson() {
		Map<String, Object> reply = this.client.chat(newSession(), "cho tôi gặp người thật");
		assertThat(reply.get("decision")).isEqualTo("escalate");
		assertThat(reply.get("topic")).isEqualTo("system.human");
	}

	@Test
	void answersAndEscalatesAResidentWhoWasAlreadyScammed() {
		Map<String, Object> reply = this.client.chat(newSession(),
				"tôi lỡ chuyển 20 triệu cho kẻ lừa đảo rồi giờ phải làm sao");
		assertThat(reply.get("topic")).isEqualTo("scam.victim");
		assertThat(reply.get("decision")).isEqualTo("answer");
		assertThat((String) reply.get("reply")).contains("Đại sứ số");
	}

	@Test
	void greetsWithButtonsForTheMostAskedTopics() {
		Map<String, Object> reply = this.client.chat(newSession(), "xin chào");
		assertThat(reply.get("topic")).isEqualTo("system.greeting");
		assertThat(reply.get("quickReplies")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
			.contains("Cài đặt ứng dụng VNeID");
	}

	@Test
	void theSameMessageSentTwiceGetsOneCaseAndTheSameReply() {
		String session = newSession();
		String messageId = "msg-" + UUID.randomUUID();
		Map<String, Object> first = this.client.chat(session, "quen mat khau vneid", messageId);
		Map<String, Object> second = this.client.chat(session, "quen mat khau vneid", messageId);
		assertThat(second.get("caseId")).isEqualTo(first.get("caseId"));
		assertThat(second.get("reply")).isEqualTo(first.get("reply"));
		assertThat(first.get("duplicate")).isEqualTo(false);
		assertThat(second.get("duplicate")).isEqualTo(true);
	}

	@Test
	void aMessageSeenAgainAfterACrashBeforeItsReplyWasQueuedGetsItsReply() {
		String session = newSession();
		String messageId = "msg-" + UUID.randomUUID();
		Map<String, Object> first = this.client.chat(session, "quen mat khau vneid", messageId);
		awaitMailbox(session, 1);
		// What a crash between storing the case and queueing its reply leaves behind.
		Mono.from(this.database.getCollection("outbox").deleteOne(Filters.eq("caseId", first.get("caseId"))))
			.block(Duration.ofSeconds(5));
		Mono.from(this.database.getCollection("webchat_replies").deleteMany(Filters.eq("sessionId", session)))
			.block(Duration.ofSeconds(5));
		Map<String, Object> again = this.client.chat(session, "quen mat khau vneid", messageId);
		assertThat(again.get("caseId")).isEqualTo(first.get("caseId"));
		awaitMailbox(session, 1);
	}

	private void awaitMailbox(String session, int replies) {
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.client.http()
				.get()
				.uri("/api/v1/webchat/messages?sessionId={session}", session)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {
				})
				.returnResult()
				.getResponseBody()).hasSize(replies));
	}

	@Test
	void repliesAreAlsoDeliveredToTheSessionMailbox() {
		String session = newSession();
		Map<String, Object> reply = this.client.chat(session, "cai vneid o dau");
		Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			List<Map<String, Object>> mailbox = this.client.http()
				.get()
				.uri("/api/v1/webchat/messages?sessionId={session}", session)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {
				})
				.returnResult()
				.getResponseBody();
			assertThat(mailbox).singleElement().satisfies((delivered) -> {
				assertThat(delivered.get("id")).isEqualTo(reply.get("replyId"));
				assertThat(delivered.get("text")).isEqualTo(reply.get("reply"));
			});
		});
	}

	@Test
	void servesTheChatPageInVietnamese() {
		String page = this.client.http()
			.get()
			.uri("/")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(page).contains("lang=\"vi\"").contains("Hỏi đáp số").contains("/chat.js");
	}

	static String newSession() {
		return "test-" + UUID.randomUUID();
	}

}

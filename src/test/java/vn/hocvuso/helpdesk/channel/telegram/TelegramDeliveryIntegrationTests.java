package vn.hocvuso.helpdesk.channel.telegram;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.mongodb.client.model.Filters;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.hocvuso.helpdesk.HelpdeskClient;
import vn.hocvuso.helpdesk.delivery.OutboxEntry;
import vn.hocvuso.helpdesk.delivery.Reply;
import vn.hocvuso.helpdesk.delivery.ReplyDelivery;
import vn.hocvuso.helpdesk.shared.ChannelType;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.hocvuso.helpdesk.channel.telegram.TelegramSamples.SEND;

/**
 * Replies through {@code sendMessage} when the Bot API misbehaves: WireMock answers each
 * test's chat with a fault first, then with success.
 */
@TelegramIntegrationTest
class TelegramDeliveryIntegrationTests extends TelegramStandIn {

	@LocalServerPort
	int port;

	@Autowired
	ReplyDelivery delivery;

	@Autowired
	MongoDatabase database;

	@Autowired
	TelegramApi api;

	@BeforeEach
	void stubSuccess() {
		telegram.stubFor(post(urlEqualTo(SEND)).atPriority(10)
			.willReturn(json(200, TelegramSamples.raw("send_message.ok.bot-api-shape"))));
		TelegramSamples.warmUp(this.api);
	}

	@Test
	void aServerErrorIsRetriedUntilTelegramAccepts() {
		String chat = failFirst(json(500, TelegramSamples.raw("send_message.error-500")));
		String reply = enqueue(chat, "Dạ, cháu gửi lại bác hướng dẫn ạ.");
		awaitSent(reply, chat, 2);
	}

	@Test
	void aTimeoutIsRetried() {
		String chat = failFirst(json(200, TelegramSamples.raw("send_message.ok.bot-api-shape")).withFixedDelay(2500));
		String reply = enqueue(chat, "Dạ, cháu gửi lại bác hướng dẫn ạ.");
		awaitSent(reply, chat, 2);
	}

	@Test
	void aConnectionResetIsRetried() {
		String chat = failFirst(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
		String reply = enqueue(chat, "Dạ, cháu gửi lại bác hướng dẫn ạ.");
		awaitSent(reply, chat, 2);
	}

	@Test
	void aRateLimitIsRetriedNoSoonerThanTelegramAsks() {
		String chat = failFirst(json(429, TelegramSamples.raw("send_message.error-429")));
		String reply = enqueue(chat, "Dạ, cháu gửi lại bác hướng dẫn ạ.");
		List<LoggedRequest> calls = awaitSent(reply, chat, 2);
		long waited = calls.get(1).getLoggedDate().getTime() - calls.get(0).getLoggedDate().getTime();
		assertThat(waited).as("retry_after is 1 s; the back-off alone would be ~100 ms").isGreaterThanOrEqualTo(950);
	}

	@Test
	void aResidentWhoBlockedTheBotIsNotRetriedAndTheCaseGoesToAPerson() {
		ObjectNode update = TelegramSamples.text("cai vneid o dau");
		String chat = TelegramSamples.chatId(update);
		telegram.stubFor(forChat(chat).willReturn(json(403, TelegramSamples.raw("send_message.error-403-blocked"))));
		TelegramSamples.deliver(HelpdeskClient.on(this.port, "telegram-admin").http(), update).expectStatus().isOk();
		Document supportCase = Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> findOne("cases", Filters.eq("messageId", TelegramSamples.updateId(update))),
					(found) -> found != null && found.getString("deliveryProblem") != null);
		assertThat(supportCase.getString("status")).isEqualTo("ESCALATED");
		assertThat(supportCase.getString("deliveryProblem")).contains("bot was blocked by the user");
		String reply = findOne("outbox", Filters.eq("caseId", supportCase.getString("_id"))).getString("_id");
		assertThat(this.delivery.status(reply).block()).isEqualTo(OutboxEntry.Status.UNDELIVERABLE);
		assertNoFurtherCalls(chat, 1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "send_message.error-400-chat-not-found", "send_message.error-400-bad-request" })
	void aRefusedRequestIsUndeliverableAfterOneCall(String answer) {
		String chat = TelegramSamples.newChatId();
		telegram.stubFor(forChat(chat).willReturn(json(400, TelegramSamples.raw(answer))));
		String reply = enqueue(chat, "Dạ, cháu gửi bác hướng dẫn ạ.");
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> this.delivery.status(reply).block(), OutboxEntry.Status.UNDELIVERABLE::equals);
		String description = TelegramSamples.raw(answer).replaceAll(".*\"description\":\"([^\"]+)\".*\\s*", "$1");
		assertThat(findOne("outbox", Filters.eq("_id", reply)).getString("lastError")).contains(description);
		assertNoFurtherCalls(chat, 1);
	}

	@Test
	void aLongTextGoesInPartsWithTheKeyboardOnTheLast() {
		String chat = TelegramSamples.newChatId();
		String sentence = "Bác mở ứng dụng VNeID, chọn Đăng nhập, nhập số định danh cá nhân và mật khẩu. ";
		String text = sentence.repeat(120).strip();
		String reply = enqueue(chat, text,
				List.of(Reply.QuickReply.of("Cài đặt ứng dụng VNeID"), Reply.QuickReply.of("Gặp người hỗ trợ")));
		List<JsonNode> parts = awaitSent(reply, chat, 3).stream().map(TelegramSamples::body).toList();
		assertThat(parts).allSatisfy((part) -> assertThat(part.path("text").asString().length())
			.isLessThanOrEqualTo(TelegramReplySender.MAX_TEXT));
		assertThat(parts.subList(0, 2)).allSatisfy((part) -> assertThat(part.has("reply_markup")).isFalse());
		JsonNode keyboard = parts.get(2).path("reply_markup").path("keyboard");
		assertThat(keyboard.path(1).path(0).path("text").asString()).isEqualTo("Gặp người hỗ trợ");
		assertThat(String.join(" ", parts.stream().map((part) -> part.path("text").asString()).toList()))
			.isEqualTo(text);
	}

	/** A new chat whose first sendMessage gets this answer and later ones succeed. */
	private String failFirst(ResponseDefinitionBuilder answer) {
		String chat = TelegramSamples.newChatId();
		telegram.stubFor(forChat(chat).inScenario(chat)
			.whenScenarioStateIs(Scenario.STARTED)
			.willSetStateTo("recovered")
			.willReturn(answer));
		return chat;
	}

	private static MappingBuilder forChat(String chat) {
		return post(urlEqualTo(SEND)).atPriority(1).withRequestBody(matchingJsonPath("$.chat_id", equalTo(chat)));
	}

	private String enqueue(String chat, String text) {
		return enqueue(chat, text, List.of());
	}

	private String enqueue(String chat, String text, List<Reply.QuickReply> quickReplies) {
		String id = UUID.randomUUID().toString();
		this.delivery.enqueue(new Reply(id, ChannelType.TELEGRAM, chat, null, text, quickReplies))
			.block(Duration.ofSeconds(5));
		return id;
	}

	/**
	 * Waits until the reply is sent after exactly this many calls; returns them in order.
	 */
	private List<LoggedRequest> awaitSent(String reply, String chat, int calls) {
		Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
			assertThat(this.delivery.status(reply).block()).isEqualTo(OutboxEntry.Status.SENT);
			assertThat(callsTo(chat)).hasSize(calls);
		});
		return callsTo(chat);
	}

	private void assertNoFurtherCalls(String chat, int calls) {
		Awaitility.await()
			.during(Duration.ofMillis(800))
			.atMost(Duration.ofSeconds(3))
			.untilAsserted(() -> assertThat(callsTo(chat)).hasSize(calls));
	}

	private List<LoggedRequest> callsTo(String chat) {
		return telegram.findAll(postRequestedFor(urlEqualTo(SEND)))
			.stream()
			.filter((request) -> TelegramSamples.chatIdOf(request).equals(chat))
			.sorted(Comparator.comparing(LoggedRequest::getLoggedDate))
			.toList();
	}

	private Document findOne(String collection, Bson filter) {
		return Mono.from(this.database.getCollection(collection).find(filter).first()).block(Duration.ofSeconds(5));
	}

	private static ResponseDefinitionBuilder json(int status, String body) {
		return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
	}

}

package vn.hocvuso.helpdesk.channel.telegram;

import java.math.BigInteger;
import java.time.Duration;
import java.util.List;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.mongodb.client.model.Filters;
import com.mongodb.reactivestreams.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.hocvuso.helpdesk.ChannelProbe;
import vn.hocvuso.helpdesk.HelpdeskClient;
import vn.hocvuso.helpdesk.inbox.Inbox;
import vn.hocvuso.helpdesk.shared.ChannelType;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.hocvuso.helpdesk.channel.telegram.TelegramSamples.ANSWER_CALLBACK;
import static vn.hocvuso.helpdesk.channel.telegram.TelegramSamples.SEND;

/**
 * Telegram updates through real HTTP into the running app; WireMock stands in for the Bot
 * API.
 */
@TelegramIntegrationTest
class TelegramWebhookIntegrationTests {

	@RegisterExtension
	static WireMockExtension telegram = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	@DynamicPropertySource
	static void telegramUrl(DynamicPropertyRegistry registry) {
		registry.add("helpdesk.channels.telegram.api-base-url", telegram::baseUrl);
	}

	@LocalServerPort
	int port;

	@Autowired
	Inbox inbox;

	@Autowired
	MongoDatabase database;

	@Autowired
	TelegramApi api;

	@Autowired
	MeterRegistry meters;

	WebTestClient http;

	@BeforeEach
	void connect() {
		this.http = HelpdeskClient.on(this.port, "telegram-admin").http();
		telegram.stubFor(post(urlEqualTo(SEND)).atPriority(10)
			.willReturn(okJson(TelegramSamples.raw("send_message.ok.bot-api-shape"))));
		telegram.stubFor(post(urlEqualTo(ANSWER_CALLBACK)).atPriority(10)
			.willReturn(okJson(TelegramSamples.raw("answer_callback_query.ok.bot-api-shape"))));
		TelegramSamples.warmUp(this.api);
	}

	@Test
	void answersATextWithSendMessageAndClearsAnyEarlierKeyboard() {
		ObjectNode update = TelegramSamples.text("cai vneid o dau");
		deliver(update).expectStatus().isOk();
		JsonNode sent = awaitSends(1, TelegramSamples.chatId(update)).get(0);
		assertThat(sent.path("chat_id").isIntegralNumber()).isTrue();
		assertThat(sent.path("text").asString()).contains("VNeID");
		assertThat(sent.path("reply_markup").path("remove_keyboard").asBoolean()).isTrue();
		assertThat(probe().awaitCase(TelegramSamples.updateId(update)).getString("status")).isEqualTo("ANSWERED");
	}

	@Test
	void startGetsTheWelcomeWithTheMostAskedTopicsAsAOneTimeKeyboard() {
		ObjectNode update = TelegramSamples.sample("message_start.bot-api-shape");
		deliver(update).expectStatus().isOk();
		JsonNode markup = awaitSends(1, TelegramSamples.chatId(update)).get(0).path("reply_markup");
		assertThat(markup.path("keyboard").path(0).path(0).path("text").asString()).isEqualTo("Cài đặt ứng dụng VNeID");
		assertThat(markup.path("keyboard").size()).isGreaterThan(1);
		assertThat(markup.path("resize_keyboard").asBoolean()).isTrue();
		assertThat(markup.path("one_time_keyboard").asBoolean()).isTrue();
	}

	@Test
	void aRedeliveredUpdateGivesOneCaseAndOneReply() {
		ObjectNode update = TelegramSamples.text("quen mat khau vneid");
		for (int i = 0; i < 3; i++) {
			deliver(update).expectStatus().isOk();
		}
		awaitSends(1, TelegramSamples.chatId(update));
		Awaitility.await()
			.pollDelay(Duration.ofMillis(500))
			.atMost(Duration.ofSeconds(5))
			.untilAsserted(
					() -> assertThat(probe().countCases(Filters.eq("messageId", TelegramSamples.updateId(update))))
						.isEqualTo(1));
		assertThat(sentTo(TelegramSamples.chatId(update))).hasSize(1);
	}

	@Test
	void aMessageListingHundredsOfPhoneNumbersIsAnsweredAndSoIsTheNextOne() {
		StringBuilder numbers = new StringBuilder("Danh sách số điện thoại cần hỗ trợ cài VNeID: ");
		for (int i = 0; i < 372 && numbers.length() < 4_080; i++) {
			numbers.append("09").append(String.format("%08d", 12_345_678 + i)).append(' ');
		}
		ObjectNode flood = TelegramSamples.text(numbers.toString().strip());
		ObjectNode next = TelegramSamples.text("cai vneid o dau");
		deliver(flood).expectStatus().isOk();
		deliver(next).expectStatus().isOk();
		assertThat(awaitSends(1, TelegramSamples.chatId(flood))).hasSize(1);
		assertThat(awaitSends(1, TelegramSamples.chatId(next)).get(0).path("text").asString()).contains("VNeID");
		assertThat(probe().awaitCase(TelegramSamples.updateId(flood)).getString("text"))
			.doesNotContainPattern("09\\d{8}");
	}

	@Test
	void aVeryLongMessageAndADateBeyondSixtyFourBitsAreStillAnswered() {
		ObjectNode story = TelegramSamples.text("tôi bị lừa chuyển tiền mất rồi giờ phải làm sao ".repeat(85).strip());
		ObjectNode future = TelegramSamples.text("cai vneid o dau");
		((ObjectNode) future.path("message")).put("date", new java.math.BigInteger("9".repeat(30)));
		deliver(story).expectStatus().isOk();
		deliver(future).expectStatus().isOk();
		assertThat(awaitSends(1, TelegramSamples.chatId(story))).hasSize(1);
		assertThat(awaitSends(1, TelegramSamples.chatId(future))).hasSize(1);
		assertThat(probe().awaitCase(TelegramSamples.updateId(story)).getString("topic")).isEqualTo("scam.victim");
	}

	@Test
	void refusesAMissingOrWrongSecretTokenWith403AndStoresNothing() {
		ObjectNode update = TelegramSamples.text("cai vneid");
		double before = probe().rejected("missing_secret") + probe().rejected("bad_secret");
		postWithSecret(update, null).expectStatus()
			.isForbidden()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		postWithSecret(update, TelegramSamples.SECRET_TOKEN + "x").expectStatus().isForbidden();
		postWithSecret(update, "").expectStatus().isForbidden();
		assertThat(this.inbox.status(ChannelType.TELEGRAM, TelegramSamples.updateId(update)).blockOptional()).isEmpty();
		assertThat(probe().rejected("missing_secret") + probe().rejected("bad_secret")).isEqualTo(before + 3);
	}

	@Test
	void refusesMalformedJsonAndUpdatesWithoutAnIdWith400() {
		this.http.post()
			.uri("/webhooks/telegram")
			.contentType(MediaType.APPLICATION_JSON)
			.header(TelegramSecret.HEADER, TelegramSamples.SECRET_TOKEN)
			.bodyValue("{\"update_id\": ")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		ObjectNode withoutId = TelegramSamples.text("xin chào");
		withoutId.remove("update_id");
		deliver(withoutId).expectStatus().isBadRequest();
	}

	@Test
	void refusesBodiesOver64KiBWith413() {
		// The app answers before reading the whole body; a connection left half-read
		// must not be reused by the next test's request.
		this.http.post()
			.uri("/webhooks/telegram")
			.contentType(MediaType.APPLICATION_JSON)
			.header(TelegramSecret.HEADER, TelegramSamples.SECRET_TOKEN)
			.header("Connection", "close")
			.bodyValue(TelegramSamples.bytes(TelegramSamples.text("a".repeat(70_000))))
			.exchange()
			.expectStatus()
			.isEqualTo(413)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void keepsIdsBeyondWhatADoubleHoldsExact() {
		ObjectNode update = TelegramSamples.sample("message_group_large_ids.bot-api-shape");
		BigInteger updateId = TelegramSamples.BEYOND_DOUBLES.add(BigInteger.valueOf(2 * System.nanoTime() % 1000));
		update.put("update_id", updateId);
		((ObjectNode) update.get("message").get("chat")).put("id", new BigInteger("-1009007199254740993"));
		String chatId = "-1009007199254740993";
		deliver(update).expectStatus().isOk();
		awaitSends(1, chatId);
		assertThat(telegram.findAll(postRequestedFor(urlEqualTo(SEND))))
			.anySatisfy((request) -> assertThat(request.getBodyAsString()).contains("\"chat_id\":" + chatId + ","));
		assertThat(probe().awaitCase(updateId.toString()).getString("messageId")).isEqualTo(updateId.toString());
		assertThat(this.inbox.status(ChannelType.TELEGRAM, updateId.toString()).block()).isNotNull();
	}

	@ParameterizedTest
	@CsvSource({ "message_photo, ESCALATED, tg-file:AgACAgUAAxkBAAMDZ-large",
			"message_document, ESCALATED, tg-file:BQACAgUAAxkBAAMEZ-document",
			"message_voice, ESCALATED, tg-file:AwACAgUAAxkBAAMFZ-voice",
			"message_audio, ESCALATED, tg-file:CQACAgUAAxkBAAMGZ-audio",
			"message_video, ANSWERED, tg-file:BAACAgUAAxkBAAMHZ-video",
			"message_sticker, ANSWERED, tg-file:CAACAgIAAxkBAAMIZ-sticker",
			"message_location, ESCALATED, 'https://www.google.com/maps/search/?api=1&query=21.028511,105.804817'" })
	void attachmentsGoToAPersonOrGetAPoliteRequestToTypeWithTheirTelegramLinkKept(String sample, String status,
			String url) {
		ObjectNode update = TelegramSamples.sample(sample + ".bot-api-shape");
		deliver(update).expectStatus().isOk();
		awaitSends(1, TelegramSamples.chatId(update));
		Document stored = probe().awaitCase(TelegramSamples.updateId(update));
		assertThat(stored.getString("status")).isEqualTo(status);
		assertThat(stored.getList("attachmentUrls", String.class)).containsExactly(url);
	}

	@Test
	void aTappedButtonIsTheResidentsChoiceAndIsAcknowledged() {
		ObjectNode update = TelegramSamples.sample("callback_query.bot-api-shape");
		deliver(update).expectStatus().isOk();
		JsonNode sent = awaitSends(1, TelegramSamples.chatId(update)).get(0);
		assertThat(sent.path("text").asString()).contains("VNeID");
		assertThat(probe().awaitCase(TelegramSamples.updateId(update)).getString("status")).isEqualTo("ANSWERED");
		telegram.verify(postRequestedFor(urlEqualTo(ANSWER_CALLBACK))
			.withRequestBody(equalToJson("{\"callback_query_id\":\"4382bfdwdsb323b2d9\"}")));
	}

	@Test
	void aFailedAcknowledgementOfAButtonStillGetsTheReply() {
		telegram.stubFor(post(urlEqualTo(ANSWER_CALLBACK)).atPriority(1)
			.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		ObjectNode update = TelegramSamples.sample("callback_query.bot-api-shape");
		deliver(update).expectStatus().isOk();
		awaitSends(1, TelegramSamples.chatId(update));
		assertThat(probe().awaitCase(TelegramSamples.updateId(update)).getString("status")).isEqualTo("ANSWERED");
	}

	@Test
	void editsChannelPostsOtherBotsAndUnknownUpdatesAreCountedAndSkipped() {
		ObjectNode unknown = TelegramSamples.sample("message_text.shared-sample");
		unknown.set("message_hologram", unknown.remove("message"));
		List<ObjectNode> updates = List.of(TelegramSamples.sample("edited_message.bot-api-shape"),
				TelegramSamples.sample("channel_post.bot-api-shape"),
				TelegramSamples.sample("message_from_bot.bot-api-shape"), unknown);
		List<String> events = List.of("edited_message", "channel_post", "bot_message", "unknown");
		List<Double> before = events.stream().map(probe()::ignored).toList();
		updates.forEach((update) -> deliver(update).expectStatus().isOk());
		Awaitility.await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
			for (ObjectNode update : updates) {
				assertThat(this.inbox.status(ChannelType.TELEGRAM, TelegramSamples.updateId(update)).block())
					.isEqualTo("PROCESSED");
			}
			for (int i = 0; i < events.size(); i++) {
				assertThat(probe().ignored(events.get(i))).isGreaterThanOrEqualTo(before.get(i) + 1);
			}
		});
		assertThat(
				probe().countCases(Filters.in("messageId", updates.stream().map(TelegramSamples::updateId).toList())))
			.isZero();
		assertThat(telegram.findAll(postRequestedFor(urlEqualTo(SEND)))
			.stream()
			.map(TelegramSamples::chatIdOf)
			.filter((chat) -> updates.stream().anyMatch((update) -> chat.equals(TelegramSamples.chatId(update)))))
			.isEmpty();
	}

	private WebTestClient.ResponseSpec deliver(ObjectNode update) {
		return TelegramSamples.deliver(this.http, update);
	}

	private WebTestClient.ResponseSpec postWithSecret(ObjectNode update, @Nullable String secret) {
		WebTestClient.RequestBodySpec request = this.http.post()
			.uri("/webhooks/telegram")
			.contentType(MediaType.APPLICATION_JSON);
		if (secret != null) {
			request = request.header(TelegramSecret.HEADER, secret);
		}
		return request.bodyValue(TelegramSamples.bytes(update)).exchange();
	}

	private List<JsonNode> awaitSends(int count, String chatId) {
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(sentTo(chatId)).hasSize(count));
		return sentTo(chatId);
	}

	private List<JsonNode> sentTo(String chatId) {
		return telegram.findAll(postRequestedFor(urlEqualTo(SEND)))
			.stream()
			.filter((request) -> TelegramSamples.chatIdOf(request).equals(chatId))
			.map(TelegramSamples::body)
			.toList();
	}

	private static ResponseDefinitionBuilder okJson(String body) {
		return aResponse().withHeader("Content-Type", "application/json").withBody(body);
	}

	private ChannelProbe probe() {
		return new ChannelProbe(this.database, this.meters, "telegram");
	}

}

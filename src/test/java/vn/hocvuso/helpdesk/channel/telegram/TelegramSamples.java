package vn.hocvuso.helpdesk.channel.telegram;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The Telegram payloads of {@code src/test/resources/channel/telegram}, each given a new
 * update id and its own chat.
 */
final class TelegramSamples {

	static final String BOT_TOKEN = "123456:TEST-token_abc";

	static final String SECRET_TOKEN = "test-secret_Token-123";

	static final String SEND = "/bot" + BOT_TOKEN + "/sendMessage";

	static final String ANSWER_CALLBACK = "/bot" + BOT_TOKEN + "/answerCallbackQuery";

	/** Odd numbers above 2^53: no double holds them. */
	static final BigInteger BEYOND_DOUBLES = BigInteger.TWO.pow(53).add(BigInteger.ONE);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final AtomicLong NEXT = new AtomicLong(1_000_000);

	/** The Bot API clients already warmed up, one per application context. */
	private static final Set<TelegramApi> WARM = ConcurrentHashMap.newKeySet();

	private static final List<String> MESSAGES = List.of("message", "edited_message", "channel_post");

	private TelegramSamples() {
	}

	static String raw(String name) {
		try {
			return new ClassPathResource("channel/telegram/" + name + ".json")
				.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A recorded update with a new update id and a new chat of its own. */
	static ObjectNode sample(String name) {
		ObjectNode update = (ObjectNode) JSON.readTree(raw(name));
		update.put("update_id", NEXT.incrementAndGet());
		long chat = NEXT.incrementAndGet();
		for (String kind : MESSAGES) {
			if (update.has(kind)) {
				((ObjectNode) update.get(kind).get("chat")).put("id", chat);
			}
		}
		if (update.has("callback_query")) {
			((ObjectNode) update.get("callback_query").get("message").get("chat")).put("id", chat);
			((ObjectNode) update.get("callback_query").get("from")).put("id", chat);
		}
		return update;
	}

	/** A resident's text in a private chat. */
	static ObjectNode text(String text) {
		ObjectNode update = sample("message_text.shared-sample");
		((ObjectNode) update.get("message")).put("text", text);
		return update;
	}

	/** A resident's text in their private chat, with a new update id. */
	static ObjectNode text(String chatId, String text) {
		ObjectNode update = text(text);
		((ObjectNode) update.get("message").get("chat")).put("id", Long.parseLong(chatId));
		((ObjectNode) update.get("message").get("from")).put("id", Long.parseLong(chatId));
		return update;
	}

	/** Posts the update with the secret header to the app's Telegram webhook. */
	static WebTestClient.ResponseSpec deliver(WebTestClient http, JsonNode update) {
		return http.post()
			.uri("/webhooks/telegram")
			.contentType(MediaType.APPLICATION_JSON)
			.header(TelegramSecret.HEADER, SECRET_TOKEN)
			.bodyValue(bytes(update))
			.exchange();
	}

	static byte[] bytes(JsonNode update) {
		return JSON.writeValueAsBytes(update);
	}

	static String updateId(JsonNode update) {
		return TelegramUpdates.updateId(update);
	}

	static String chatId(JsonNode update) {
		JsonNode content = update.has("callback_query") ? update.get("callback_query").get("message")
				: update.get(TelegramUpdates.kind(update));
		return TelegramUpdates.id(content.get("chat").get("id"));
	}

	/** A fresh private chat id, for replies enqueued without a webhook. */
	static String newChatId() {
		return String.valueOf(NEXT.incrementAndGet());
	}

	/**
	 * Makes a first call through the app's Bot API client until one succeeds: the first
	 * call after start-up can take longer than the tests' 1 s timeout, and would add an
	 * unexpected retry to whichever test ran first.
	 */
	static void warmUp(TelegramApi api) {
		for (int attempt = 0; attempt < 5 && !WARM.contains(api); attempt++) {
			boolean ok = api.call("sendMessage", Map.of("chat_id", 1, "text", "warm-up"))
				.map(TelegramApi.Answer::ok)
				.onErrorReturn(false)
				.blockOptional(Duration.ofSeconds(10))
				.orElse(false);
			if (ok) {
				WARM.add(api);
			}
		}
	}

	/** The JSON body of a Bot API call WireMock received, numbers kept exact. */
	static JsonNode body(LoggedRequest request) {
		return JSON.readTree(request.getBodyAsString());
	}

	static String chatIdOf(LoggedRequest request) {
		return TelegramUpdates.id(body(request).path("chat_id"));
	}

}

package vn.hocvuso.helpdesk.channel.messenger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The Messenger payloads of {@code src/test/resources/channel/messenger}, made unique and
 * signed.
 */
final class MessengerSamples {

	static final String APP_SECRET = "test-app-secret";

	static final String VERIFY_TOKEN = "test-verify-token";

	static final String PAGE_TOKEN = "test-page-token";

	static final String PAGE_ID = "107349245067381";

	static final String SEND = "/v21.0/me/messages";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final AtomicLong CLOCK = new AtomicLong();

	private MessengerSamples() {
	}

	/** A payload exactly as stored. */
	static String raw(String name) {
		try {
			return new ClassPathResource("channel/messenger/" + name + ".json")
				.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A webhook body with one item from this resident, a new message id and the current
	 * time.
	 */
	static ObjectNode update(String name, String psid) {
		ObjectNode update = (ObjectNode) JSON.readTree(raw(name));
		ObjectNode item = item(update);
		boolean echo = item.path("message").path("is_echo").asBoolean(false);
		((ObjectNode) item.get(echo ? "recipient" : "sender")).put("id", psid);
		long now = uniqueNow();
		if (item.has("timestamp")) {
			item.put("timestamp", now);
		}
		if (item.has("delivery")) {
			((ObjectNode) item.get("delivery")).put("watermark", now);
		}
		for (String part : new String[] { "message", "postback" }) {
			if (item.path(part).has("mid")) {
				((ObjectNode) item.get(part)).put("mid", "m_" + UUID.randomUUID());
			}
		}
		return update;
	}

	/**
	 * The current time in epoch ms, one later than the last call at least, so items
	 * identified by sender and time never collide.
	 */
	static long uniqueNow() {
		return CLOCK.updateAndGet((last) -> Math.max(last + 1, System.currentTimeMillis()));
	}

	static ObjectNode text(String psid, String text) {
		ObjectNode update = update("text.docs-shape", psid);
		((ObjectNode) item(update).get("message")).put("text", text);
		return update;
	}

	/** One body holding every entry of these updates. */
	static ObjectNode batch(ObjectNode... updates) {
		ObjectNode batch = JSON.createObjectNode().put("object", "page");
		ArrayNode entries = batch.putArray("entry");
		for (ObjectNode update : updates) {
			update.get("entry").forEach(entries::add);
		}
		return batch;
	}

	static ObjectNode item(JsonNode update) {
		return (ObjectNode) update.get("entry").get(0).get("messaging").get(0);
	}

	static String mid(JsonNode update) {
		JsonNode item = item(update);
		return item.path("message").path("mid").asString(item.path("postback").path("mid").asString(""));
	}

	/** Posts the update, signed, to the app's Messenger webhook. */
	static WebTestClient.ResponseSpec deliver(WebTestClient http, JsonNode update) {
		byte[] body = bytes(update);
		return http.post()
			.uri("/webhooks/messenger")
			.contentType(MediaType.APPLICATION_JSON)
			.header("X-Hub-Signature-256", signature(body))
			.bodyValue(body)
			.exchange();
	}

	static byte[] bytes(JsonNode update) {
		return JSON.writeValueAsBytes(update);
	}

	static String signature(byte[] body) {
		return MessengerSignature.header(body, APP_SECRET);
	}

}

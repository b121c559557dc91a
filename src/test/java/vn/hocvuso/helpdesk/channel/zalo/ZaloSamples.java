package vn.hocvuso.helpdesk.channel.zalo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.matching.StringValuePattern;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The recorded Zalo payloads of {@code src/test/resources/channel/zalo}, made unique and
 * signed.
 */
final class ZaloSamples {

	static final String APP_ID = "360846524940903967";

	static final String OA_SECRET_KEY = "test-oa-secret-key";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ZaloSamples() {
	}

	/** A JSON text read as a tree. */
	static JsonNode json(String text) {
		return JSON.readTree(text);
	}

	/** A recorded payload exactly as stored. */
	static String raw(String name) {
		try {
			return new ClassPathResource("channel/zalo/" + name + ".json").getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A recorded event with this app's id, the current time and a new message id. */
	static ObjectNode sample(String name) {
		ObjectNode event = (ObjectNode) JSON.readTree(raw(name));
		event.put("app_id", APP_ID);
		event.put("timestamp", String.valueOf(System.currentTimeMillis()));
		if (event.has("message")) {
			newMessageId(event);
		}
		return event;
	}

	/**
	 * Gives the event's message a new id that names its sender, so a stand-in for Zalo
	 * can tell whom a reply addressed to the message ({@code recipient.message_id})
	 * reaches, as Zalo does.
	 */
	static void newMessageId(ObjectNode event) {
		((ObjectNode) event.get("message")).put("msg_id",
				"msg-" + event.path("sender").path("id").asString("") + "-" + UUID.randomUUID());
	}

	/**
	 * A send request body that reaches this resident: addressed to them, or to one of
	 * their messages.
	 */
	static StringValuePattern reaches(String user) {
		return WireMock.matching(".*(\"user_id\":\"" + user + "\"|\"message_id\":\"msg-" + user + "-).*");
	}

	/** A resident's text message from the docs sample, with a new message id. */
	static ObjectNode text(String text) {
		ObjectNode event = sample("user_send_text.docs-sample");
		((ObjectNode) event.get("message")).put("text", text);
		return event;
	}

	/** The same from another resident. */
	static ObjectNode text(String senderId, String text) {
		ObjectNode event = text(text);
		((ObjectNode) event.get("sender")).put("id", senderId);
		newMessageId(event);
		return event;
	}

	/** Posts the event, signed, to the app's Zalo webhook. */
	static WebTestClient.ResponseSpec deliver(WebTestClient http, ObjectNode event) {
		byte[] body = bytes(event);
		return http.post()
			.uri("/webhooks/zalo")
			.contentType(MediaType.APPLICATION_JSON)
			.header("X-ZEvent-Signature", signature(body, event))
			.bodyValue(body)
			.exchange();
	}

	static byte[] bytes(ObjectNode event) {
		return JSON.writeValueAsBytes(event);
	}

	static String signature(byte[] body, ObjectNode event) {
		return ZaloSignature.header(event.get("app_id").asString(), body, event.get("timestamp").asString(),
				OA_SECRET_KEY);
	}

	static String messageId(ObjectNode event) {
		return event.get("message").get("msg_id").asString();
	}

	static String senderId(ObjectNode event) {
		return event.get("sender").get("id").asString();
	}

}

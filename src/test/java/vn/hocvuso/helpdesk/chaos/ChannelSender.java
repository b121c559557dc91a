package vn.hocvuso.helpdesk.chaos;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sends one resident's text to the app as each channel does: a signed Zalo
 * {@code user_send_text} webhook, a Telegram update with the secret header, a signed
 * Messenger webhook, or a web chat message. The app must answer 200.
 */
final class ChannelSender {

	static final String ZALO_APP_ID = "360846524940903967";

	static final String ZALO_SECRET = "scan-oa-secret-key";

	static final String TELEGRAM_TOKEN = "424242:SCAN-token";

	static final String TELEGRAM_SECRET = "scan-secret-token";

	static final String MESSENGER_SECRET = "scan-app-secret";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String baseUrl;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final AtomicLong next = new AtomicLong(1);

	ChannelSender(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	/** The channels, as the app names them. */
	enum Channel {

		ZALO, TELEGRAM, MESSENGER, WEBCHAT

	}

	/**
	 * Sends {@code text} from resident {@code resident} (a small number, one per
	 * resident) on this channel.
	 * @return the app's answer, which holds the reply for the web chat
	 */
	String send(Channel channel, int resident, String text) {
		long id = this.next.incrementAndGet();
		return switch (channel) {
			case ZALO -> zalo(resident, text, id);
			case TELEGRAM -> telegram(resident, text, id);
			case MESSENGER -> messenger(resident, text);
			case WEBCHAT -> webchat(resident, text, id);
		};
	}

	/** The id the channel gives this resident, free of any digit run of the forms. */
	static String residentId(Channel channel, int resident) {
		return switch (channel) {
			case ZALO -> String.format("71%016d", resident);
			case TELEGRAM -> String.valueOf(7_700_000_000L + resident);
			case MESSENGER -> String.format("25%015d", resident);
			case WEBCHAT -> "scan-session-" + Long.toString(resident, 36) + "-web";
		};
	}

	private String zalo(int resident, String text, long id) {
		String timestamp = String.valueOf(System.currentTimeMillis());
		ObjectNode event = JSON.createObjectNode();
		event.put("app_id", ZALO_APP_ID);
		event.putObject("sender").put("id", residentId(Channel.ZALO, resident));
		event.putObject("recipient").put("id", "388613280878808645");
		event.put("event_name", "user_send_text");
		event.putObject("message").put("text", text).put("msg_id", "scan-msg-" + id);
		event.put("timestamp", timestamp);
		byte[] body = JSON.writeValueAsBytes(event);
		String signature = "mac=" + HexFormat.of()
			.formatHex(sha256(ZALO_APP_ID.getBytes(StandardCharsets.UTF_8), body,
					timestamp.getBytes(StandardCharsets.UTF_8), ZALO_SECRET.getBytes(StandardCharsets.UTF_8)));
		return post("/webhooks/zalo", body, "X-ZEvent-Signature", signature);
	}

	private String telegram(int resident, String text, long id) {
		long chat = Long.parseLong(residentId(Channel.TELEGRAM, resident));
		ObjectNode update = JSON.createObjectNode().put("update_id", 900_000_000L + id);
		ObjectNode message = update.putObject("message").put("message_id", id);
		message.putObject("from").put("id", chat).put("is_bot", false).put("first_name", "An");
		message.putObject("chat").put("id", chat).put("type", "private");
		message.put("date", System.currentTimeMillis() / 1000).put("text", text);
		return post("/webhooks/telegram", JSON.writeValueAsBytes(update), "X-Telegram-Bot-Api-Secret-Token",
				TELEGRAM_SECRET);
	}

	private String messenger(int resident, String text) {
		long now = System.currentTimeMillis();
		ObjectNode update = JSON.createObjectNode().put("object", "page");
		ObjectNode entry = update.putArray("entry").addObject().put("id", "107349245067381").put("time", now);
		ObjectNode item = entry.putArray("messaging").addObject();
		item.putObject("sender").put("id", residentId(Channel.MESSENGER, resident));
		item.putObject("recipient").put("id", "107349245067381");
		item.put("timestamp", now);
		item.putObject("message").put("mid", "m_scan_" + this.next.incrementAndGet()).put("text", text);
		byte[] body = JSON.writeValueAsBytes(update);
		return post("/webhooks/messenger", body, "X-Hub-Signature-256",
				"sha256=" + HexFormat.of().formatHex(hmac(body)));
	}

	private String webchat(int resident, String text, long id) {
		ObjectNode message = JSON.createObjectNode()
			.put("sessionId", residentId(Channel.WEBCHAT, resident))
			.put("text", text)
			.put("messageId", "scan-web-" + id);
		return post("/api/v1/webchat/messages", JSON.writeValueAsBytes(message), "X-Requested-With", "fetch");
	}

	private String post(String path, byte[] body, String header, String value) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.header(header, value)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		try {
			HttpResponse<String> response = this.http.send(request,
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			if (response.statusCode() != 200) {
				throw new IllegalStateException(
						"POST " + path + " answered " + response.statusCode() + ": " + response.body());
			}
			return response.body();
		}
		catch (IOException ex) {
			throw new IllegalStateException("POST " + path + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] sha256(byte[]... parts) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (byte[] part : parts) {
				digest.update(part);
			}
			return digest.digest();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] hmac(byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(MESSENGER_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return mac.doFinal(body);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

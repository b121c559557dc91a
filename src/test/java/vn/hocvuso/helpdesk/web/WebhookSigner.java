package vn.hocvuso.helpdesk.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.random.RandomGenerator;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The proof headers of the providers' webhooks, as the fuzz test's app is configured:
 * absent, broken, or right for the exact body sent (so a mutated body signed correctly
 * reaches the channel's parser).
 */
final class WebhookSigner {

	static final String ZALO_APP_ID = "360846524940903967";

	static final String ZALO_OA_SECRET = "fuzz-oa-secret-key";

	static final String MESSENGER_APP_SECRET = "fuzz-messenger-app-secret";

	static final String MESSENGER_VERIFY_TOKEN = "fuzz-verify-token";

	static final String TELEGRAM_SECRET = "fuzz-telegram-secret";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private WebhookSigner() {
	}

	/** The headers for a webhook request to {@code path}; empty for other paths. */
	static Map<String, String> headers(String path, byte @Nullable [] body, RandomGenerator random) {
		byte[] bytes = (body != null) ? body : new byte[0];
		Map<String, String> headers = new LinkedHashMap<>();
		// Half are signed right, so mutated bodies reach the channel's parser.
		int kind = Math.min(random.nextInt(6), 3);
		if (path.endsWith("/webhooks/zalo") && kind > 0) {
			headers.put("X-ZEvent-Signature", switch (kind) {
				case 1 -> "mac=" + "ab".repeat(32);
				case 2 -> "sha256=" + sha256Hex(bytes);
				default -> "mac=" + sha256Hex(concat(ZALO_APP_ID, bytes, timestamp(bytes), ZALO_OA_SECRET));
			});
		}
		if (path.endsWith("/webhooks/messenger") && kind > 0) {
			headers.put("X-Hub-Signature-256", switch (kind) {
				case 1 -> "sha256=00";
				case 2 -> "sha1=" + "0".repeat(40);
				default -> "sha256=" + hmacHex(bytes);
			});
		}
		if (path.endsWith("/webhooks/telegram") && kind > 0) {
			headers.put("X-Telegram-Bot-Api-Secret-Token", switch (kind) {
				case 1 -> "wrong-secret";
				case 2 -> TELEGRAM_SECRET + "\u00e9";
				default -> TELEGRAM_SECRET;
			});
		}
		if (!headers.isEmpty()) {
			headers.put("X-Fuzz-Proof", switch (kind) {
				case 1, 2 -> "broken";
				default -> "signed";
			});
		}
		return headers;
	}

	private static String timestamp(byte[] body) {
		try {
			JsonNode node = JSON.readTree(body).get("timestamp");
			return (node != null) ? node.asString() : "";
		}
		catch (RuntimeException ex) {
			return "";
		}
	}

	private static byte[] concat(String appId, byte[] body, String timestamp, String secret) {
		byte[] a = appId.getBytes(StandardCharsets.UTF_8);
		byte[] t = timestamp.getBytes(StandardCharsets.UTF_8);
		byte[] s = secret.getBytes(StandardCharsets.UTF_8);
		byte[] all = new byte[a.length + body.length + t.length + s.length];
		System.arraycopy(a, 0, all, 0, a.length);
		System.arraycopy(body, 0, all, a.length, body.length);
		System.arraycopy(t, 0, all, a.length + body.length, t.length);
		System.arraycopy(s, 0, all, a.length + body.length + t.length, s.length);
		return all;
	}

	private static String sha256Hex(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String hmacHex(byte[] bytes) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(MESSENGER_APP_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(bytes));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

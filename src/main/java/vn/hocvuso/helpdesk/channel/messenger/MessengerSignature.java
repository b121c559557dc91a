package vn.hocvuso.helpdesk.channel.messenger;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

/**
 * Meta's webhook signature: {@code X-Hub-Signature-256: sha256=<hex HMAC-SHA256(App
 * Secret, raw body)>}, computed over the exact bytes received and compared in constant
 * time.
 */
final class MessengerSignature {

	private static final String PREFIX = "sha256=";

	private MessengerSignature() {
	}

	static boolean isValid(@Nullable String header, byte[] rawBody, String appSecret) {
		if (header == null || !header.startsWith(PREFIX) || appSecret.isEmpty()) {
			return false;
		}
		byte[] expected = HexFormat.of().formatHex(hmac(rawBody, appSecret)).getBytes(StandardCharsets.US_ASCII);
		byte[] given = header.substring(PREFIX.length())
			.strip()
			.toLowerCase(Locale.ROOT)
			.getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(expected, given);
	}

	static String header(byte[] rawBody, String appSecret) {
		return PREFIX + HexFormat.of().formatHex(hmac(rawBody, appSecret));
	}

	private static byte[] hmac(byte[] rawBody, String appSecret) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return mac.doFinal(rawBody);
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("Every JDK has HmacSHA256 and accepts a non-empty key", ex);
		}
	}

}

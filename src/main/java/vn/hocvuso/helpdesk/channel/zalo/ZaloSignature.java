package vn.hocvuso.helpdesk.channel.zalo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Zalo's webhook signature: {@code X-ZEvent-Signature: mac=<hex sha256(app_id + raw body
 * + timestamp + OA secret key)>}, a plain SHA-256 over the exact bytes received, compared
 * in constant time.
 */
final class ZaloSignature {

	private static final String PREFIX = "mac=";

	private ZaloSignature() {
	}

	static boolean isValid(String header, String appId, byte[] rawBody, String timestamp, String oaSecretKey) {
		if (header == null || !header.startsWith(PREFIX) || oaSecretKey.isEmpty()) {
			return false;
		}
		byte[] expected = HexFormat.of()
			.formatHex(mac(appId, rawBody, timestamp, oaSecretKey))
			.getBytes(StandardCharsets.US_ASCII);
		byte[] given = header.substring(PREFIX.length()).strip().toLowerCase().getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(expected, given);
	}

	static String header(String appId, byte[] rawBody, String timestamp, String oaSecretKey) {
		return PREFIX + HexFormat.of().formatHex(mac(appId, rawBody, timestamp, oaSecretKey));
	}

	private static byte[] mac(String appId, byte[] rawBody, String timestamp, String oaSecretKey) {
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			sha256.update(appId.getBytes(StandardCharsets.UTF_8));
			sha256.update(rawBody);
			sha256.update(timestamp.getBytes(StandardCharsets.UTF_8));
			sha256.update(oaSecretKey.getBytes(StandardCharsets.UTF_8));
			return sha256.digest();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JDK has SHA-256", ex);
		}
	}

}

package vn.hocvuso.helpdesk.channel.telegram;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.jspecify.annotations.Nullable;

/**
 * Telegram's webhook check: the {@code X-Telegram-Bot-Api-Secret-Token} header must equal
 * the secret given to {@code setWebhook}. Both sides are hashed first, so the constant
 * time comparison does not give away the secret's length either.
 */
final class TelegramSecret {

	static final String HEADER = "X-Telegram-Bot-Api-Secret-Token";

	private TelegramSecret() {
	}

	/** Whether the header matches; never when no secret is configured. */
	static boolean matches(@Nullable String header, String secretToken) {
		if (header == null || secretToken.isEmpty()) {
			return false;
		}
		return MessageDigest.isEqual(sha256(header), sha256(secretToken));
	}

	private static byte[] sha256(String value) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JDK has SHA-256", ex);
		}
	}

}

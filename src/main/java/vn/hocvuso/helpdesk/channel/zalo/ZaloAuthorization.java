package vn.hocvuso.helpdesk.channel.zalo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;

/**
 * One run of Zalo's OA authorization (OAuth v4 with PKCE), kept in the staff member's
 * session between the "Kết nối Zalo OA" button and Zalo's callback: the {@code state}
 * that ties the callback to this session, and the secret verifier whose SHA-256 Zalo sees
 * as the challenge. Used once; expires after ten minutes, as Zalo's code does.
 */
record ZaloAuthorization(String state, String verifier, Instant expiresAt) {

	static final String SESSION_KEY = ZaloAuthorization.class.getName();

	private static final SecureRandom RANDOM = new SecureRandom();

	static ZaloAuthorization start(Instant now) {
		return new ZaloAuthorization(random(), random(), now.plusSeconds(600));
	}

	/** base64url(SHA-256(verifier)) without padding, as Zalo's SDKs compute it. */
	String challenge() {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(this.verifier.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	/** Whether a callback's {@code state} is this one's, in time. */
	boolean matches(String callbackState, Instant now) {
		return now.isBefore(this.expiresAt) && MessageDigest.isEqual(this.state.getBytes(StandardCharsets.US_ASCII),
				callbackState.getBytes(StandardCharsets.US_ASCII));
	}

	/** 32 random bytes, base64url without padding: 43 characters. */
	private static String random() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	@Override
	public String toString() {
		return "ZaloAuthorization[hidden]";
	}

}

package vn.hocvuso.helpdesk.shared;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals values that hold personal data before they are stored (a webhook event until it
 * is processed, a resident's phone number), so the store's files, a copy of them or a
 * backup never show them in clear. AES-256-GCM with a random nonce per value; a sealed
 * value starts with {@value #PREFIX}. A value without the prefix was stored before
 * sealing existed and is returned as it is.
 */
public final class PersonalDataCipher {

	static final String PREFIX = "sealed1:";

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecretKeySpec key;

	/**
	 * A DRBG seeded once here: the platform's default generator reads
	 * {@code /dev/urandom} on every call, which would block the event loop that accepts a
	 * webhook.
	 */
	private final SecureRandom random;

	/**
	 * @param key 32 bytes
	 */
	public PersonalDataCipher(byte[] key) {
		if (key.length != 32) {
			throw new IllegalArgumentException("The personal-data key must be 32 bytes, not " + key.length);
		}
		this.key = new SecretKeySpec(key.clone(), "AES");
		try {
			this.random = SecureRandom.getInstance("DRBG");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java since 9 has DRBG", ex);
		}
		this.random.nextBytes(new byte[NONCE_BYTES]);
	}

	public String seal(String value) {
		byte[] nonce = new byte[NONCE_BYTES];
		this.random.nextBytes(nonce);
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, nonce));
			byte[] sealed = cipher.doFinal(value.getBytes(StandardCharsets.UTF_8));
			return PREFIX + Base64.getEncoder()
				.encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot seal a value", ex);
		}
	}

	/**
	 * Whether this stored value was sealed (a value kept before sealing began is not).
	 */
	public static boolean isSealed(String stored) {
		return stored.startsWith(PREFIX);
	}

	/**
	 * The value in clear.
	 * @throws IllegalArgumentException when it was sealed with another key or damaged
	 */
	public String open(String stored) {
		if (!stored.startsWith(PREFIX)) {
			return stored;
		}
		try {
			byte[] bytes = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
			return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new IllegalArgumentException(
					"A sealed value cannot be opened: it was sealed with another personal-data key, or is damaged", ex);
		}
	}

}

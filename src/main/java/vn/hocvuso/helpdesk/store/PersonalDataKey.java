package vn.hocvuso.helpdesk.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the key that seals personal data at rest comes from:
 * {@code helpdesk.store.data-key} (32 bytes in Base64, the same on every instance that
 * shares a MongoDB), else the file {@value #FILE} in the data directory, made on the
 * first start (back it up with the data: without it, sealed values cannot be read). The
 * in-memory store, which keeps nothing, uses a key that lives as long as the process.
 */
final class PersonalDataKey {

	static final String FILE = "personal-data.key";

	private static final Logger log = LoggerFactory.getLogger(PersonalDataKey.class);

	private PersonalDataKey() {
	}

	static byte[] of(StoreProperties properties) {
		if (!properties.dataKey().isBlank()) {
			byte[] key = Base64.getDecoder().decode(properties.dataKey().trim());
			if (key.length != 32) {
				throw new IllegalStateException(
						"helpdesk.store.data-key must be 32 bytes in Base64, not " + key.length);
			}
			return key;
		}
		if (properties.useEmbedded() && !properties.usesEmbeddedFile()) {
			return random();
		}
		return fromFile(properties.dataDir().resolve(FILE));
	}

	private static byte[] fromFile(Path file) {
		try {
			if (Files.exists(file)) {
				return Base64.getDecoder().decode(Files.readString(file).trim());
			}
			Files.createDirectories(file.toAbsolutePath().getParent());
			byte[] key = random();
			Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n", StandardOpenOption.CREATE_NEW,
					StandardOpenOption.WRITE, StandardOpenOption.SYNC);
			restrict(file);
			log.info("Made the personal-data key {}; back it up with the data", file);
			return key;
		}
		catch (FileAlreadyExistsException raced) {
			return fromFile(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or make the personal-data key " + file, ex);
		}
	}

	private static void restrict(Path file) {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException | IOException ex) {
			log.warn("Could not make {} readable by its owner only: {}", file, ex.toString());
		}
	}

	private static byte[] random() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return key;
	}

}

package vn.hocvuso.helpdesk.chaos;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Every file under a directory (the store's files, the app's log) as text, byte for byte.
 * The embedded store is an H2 MVStore opened with {@code MVStore.open(file)}, which does
 * not compress its pages, and writes strings as UTF-8 or Java's modified UTF-8; both are
 * read here, so a number kept in clear anywhere in the file, in a live page or an old
 * chunk, is readable text. The store's own headers
 * ({@code chunk:1a,block:2,...,next:1234}) are hexadecimal numbers, not anyone's words:
 * they are left out, or a header could read as an OTP.
 */
final class ScannedFiles {

	static final int PART = 8 << 20;

	private static final int OVERLAP = 1024;

	/** An H2 MVStore file or chunk header or footer: {@code key:hex} pairs. */
	private static final Pattern STORE_HEADER = Pattern.compile("(?:chunk|H):[0-9a-f]+(?:,[A-Za-z]+:[0-9a-f]+)+");

	private ScannedFiles() {
	}

	/**
	 * Reads each regular file under {@code root} and gives it, as lenient UTF-8, to
	 * {@code reader} by its path: a large file in parts of {@value #PART} bytes that
	 * overlap, so a needle across two parts is in one of them.
	 */
	static void read(Path root, BiConsumer<String, String> reader) {
		try (Stream<Path> paths = Files.walk(root)) {
			List<Path> regular = paths.filter(Files::isRegularFile).sorted().toList();
			for (Path file : regular) {
				String name = "file " + root.relativize(file);
				try (InputStream in = Files.newInputStream(file)) {
					byte[] overlap = new byte[0];
					for (byte[] part = in.readNBytes(PART); part.length > 0; part = in.readNBytes(PART)) {
						byte[] bytes = new byte[overlap.length + part.length];
						System.arraycopy(overlap, 0, bytes, 0, overlap.length);
						System.arraycopy(part, 0, bytes, overlap.length, part.length);
						reader.accept(name, withoutStoreHeaders(decode(bytes)));
						overlap = Arrays.copyOfRange(part, Math.max(0, part.length - OVERLAP), part.length);
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The text with each store header blanked, so only what the store keeps is read. */
	static String withoutStoreHeaders(String text) {
		return STORE_HEADER.matcher(text).replaceAll("\u0001");
	}

	/**
	 * UTF-8 that also takes Java's modified UTF-8 (surrogates written one by one, NUL as
	 * two bytes); any other byte that is not text becomes a control character.
	 */
	static String decode(byte[] bytes) {
		StringBuilder text = new StringBuilder(bytes.length);
		int i = 0;
		while (i < bytes.length) {
			int b = bytes[i] & 0xFF;
			if (b < 0x80) {
				text.append((char) b);
				i++;
			}
			else if (b >= 0xC0 && b < 0xE0 && continues(bytes, i, 1)) {
				text.append((char) (((b & 0x1F) << 6) | (bytes[i + 1] & 0x3F)));
				i += 2;
			}
			else if (b >= 0xE0 && b < 0xF0 && continues(bytes, i, 2)) {
				text.append((char) (((b & 0x0F) << 12) | ((bytes[i + 1] & 0x3F) << 6) | (bytes[i + 2] & 0x3F)));
				i += 3;
			}
			else if (b >= 0xF0 && b < 0xF5 && continues(bytes, i, 3)) {
				int c = ((b & 0x07) << 18) | ((bytes[i + 1] & 0x3F) << 12) | ((bytes[i + 2] & 0x3F) << 6)
						| (bytes[i + 3] & 0x3F);
				text.appendCodePoint(Character.isValidCodePoint(c) ? c : 1);
				i += 4;
			}
			else {
				text.append('\u0001');
				i++;
			}
		}
		return text.toString();
	}

	private static boolean continues(byte[] bytes, int at, int count) {
		if (at + count >= bytes.length) {
			return false;
		}
		for (int k = 1; k <= count; k++) {
			if ((bytes[at + k] & 0xC0) != 0x80) {
				return false;
			}
		}
		return true;
	}

}

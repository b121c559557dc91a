package vn.hocvuso.helpdesk.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The journal's record format: each record is its length, its CRC-32 and its bytes, so a
 * record torn by a crash (never acknowledged) is recognised and skipped when read.
 */
final class JournalRecords {

	private static final Logger log = LoggerFactory.getLogger(JournalRecords.class);

	private static final int HEADER = 8;

	private JournalRecords() {
	}

	/** The records, one after the other, ready to write. */
	static ByteBuffer encode(List<byte[]> records) {
		int length = 0;
		for (byte[] record : records) {
			length += HEADER + record.length;
		}
		ByteBuffer buffer = ByteBuffer.allocate(length);
		for (byte[] record : records) {
			buffer.putInt(record.length).putInt(checksum(record)).put(record);
		}
		return buffer.flip();
	}

	/**
	 * The whole records of a file, in order, up to the first that is cut short or fails
	 * its checksum.
	 */
	static List<byte[]> read(Path file) {
		ByteBuffer in;
		try {
			in = ByteBuffer.wrap(Files.readAllBytes(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the journal segment " + file, ex);
		}
		List<byte[]> records = new ArrayList<>();
		while (in.hasRemaining()) {
			int start = in.position();
			byte[] record = next(in);
			if (record == null) {
				log.warn("Journal segment {}: skipped a record torn by a crash ({} bytes at the end)", file,
						in.limit() - start);
				break;
			}
			records.add(record);
		}
		return records;
	}

	/** The next whole record, or null if it is cut short or damaged. */
	private static byte @Nullable [] next(ByteBuffer in) {
		if (in.remaining() < HEADER) {
			return null;
		}
		int length = in.getInt();
		int expected = in.getInt();
		if (length < 0 || length > in.remaining()) {
			return null;
		}
		byte[] record = new byte[length];
		in.get(record);
		return (checksum(record) == expected) ? record : null;
	}

	private static int checksum(byte[] record) {
		CRC32 crc = new CRC32();
		crc.update(record);
		return (int) crc.getValue();
	}

}

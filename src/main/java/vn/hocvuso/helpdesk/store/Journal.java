package vn.hocvuso.helpdesk.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * An append-only log of records on disk, for promises the embedded store cannot keep
 * quickly: an append completes once its record is forced to the disk, which takes a
 * fraction of a millisecond, where a commit of the whole store takes several. Callers
 * that arrive while the disk is busy share the next force.
 * <p>
 * The log is written in segment files. {@link #seal()} closes the segment being written
 * and returns every closed one, oldest first, including those a crash left behind; the
 * reader stores their records elsewhere, makes that durable, and then
 * {@link #delete(Segment) deletes} the segment. Each record carries a checksum, so a
 * record torn by a crash (never acknowledged) is recognised and skipped.
 */
public final class Journal implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(Journal.class);

	private static final String SUFFIX = ".journal";

	private final Path directory;

	private final GroupCommit force = new GroupCommit(this::writePending);

	/** Guards {@link #pending}: records waiting for the next force. */
	private final Object pendingLock = new Object();

	private List<byte[]> pending = new ArrayList<>();

	/** Guards the segment being written, its size and the closed segments. */
	private final Object fileLock = new Object();

	private final List<Segment> closed = new ArrayList<>();

	private Segment current;

	private FileChannel channel;

	private long size;

	private Journal(Path directory) throws IOException {
		this.directory = Files.createDirectories(directory);
		try (Stream<Path> files = Files.list(directory)) {
			files.filter((file) -> file.getFileName().toString().endsWith(SUFFIX))
				.map((file) -> new Segment(file, number(file)))
				.sorted((a, b) -> Long.compare(a.number(), b.number()))
				.forEach(this.closed::add);
		}
		long last = this.closed.isEmpty() ? 0 : this.closed.get(this.closed.size() - 1).number();
		this.current = openSegment(last + 1);
	}

	/**
	 * Opens the journal in a directory, creating it if needed. Segments found there are
	 * left from an earlier run and come first from {@link #seal()}.
	 */
	public static Journal open(Path directory) {
		try {
			return new Journal(directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot open the journal in " + directory, ex);
		}
	}

	/** Appends one record; completes once it is on disk. */
	public Mono<Void> append(byte[] record) {
		synchronized (this.pendingLock) {
			this.pending.add(record);
		}
		return this.force.flush();
	}

	/**
	 * Closes the segment being written, unless it is empty, and returns every closed
	 * segment, oldest first. Records appended from now on go to a new segment.
	 */
	public List<Segment> seal() {
		synchronized (this.fileLock) {
			if (this.size > 0) {
				closeChannel();
				this.closed.add(this.current);
				this.current = openSegment(this.current.number() + 1);
			}
			return List.copyOf(this.closed);
		}
	}

	/** Deletes a closed segment whose records are now stored elsewhere. */
	public void delete(Segment segment) {
		synchronized (this.fileLock) {
			this.closed.remove(segment);
		}
		try {
			Files.deleteIfExists(segment.file());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot delete the journal segment " + segment.file(), ex);
		}
	}

	/** Runs on the group commit's thread: writes what is pending and forces it. */
	private void writePending() {
		List<byte[]> batch;
		synchronized (this.pendingLock) {
			batch = this.pending;
			this.pending = new ArrayList<>();
		}
		if (batch.isEmpty()) {
			return;
		}
		synchronized (this.fileLock) {
			try {
				ByteBuffer buffer = JournalRecords.encode(batch);
				while (buffer.hasRemaining()) {
					this.channel.write(buffer);
				}
				this.channel.force(false);
				this.size = this.channel.position();
			}
			catch (IOException ex) {
				discardTornWrite();
				throw new UncheckedIOException("Cannot write the journal " + this.current.file(), ex);
			}
		}
	}

	/** After a failed write, cuts the segment back to its last whole record. */
	private void discardTornWrite() {
		try {
			this.channel.truncate(this.size);
			this.channel.position(this.size);
		}
		catch (IOException ex) {
			log.warn("Cannot cut back the journal {}; its last record will be skipped when read", this.current.file(),
					ex);
		}
	}

	private Segment openSegment(long number) {
		Segment segment = new Segment(this.directory.resolve(String.format("%020d%s", number, SUFFIX)), number);
		try {
			this.channel = FileChannel.open(segment.file(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
			this.size = 0;
			forceDirectory();
			return segment;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the journal segment " + segment.file(), ex);
		}
	}

	/**
	 * Makes the new segment's name durable too, so that records forced into it are found
	 * after a crash. Where a directory cannot be opened (Windows), the file system
	 * journals names itself.
	 */
	private void forceDirectory() throws IOException {
		try (FileChannel directory = FileChannel.open(this.directory, StandardOpenOption.READ)) {
			directory.force(true);
		}
		catch (AccessDeniedException ex) {
			log.debug("Cannot force the directory {} on this system", this.directory);
		}
	}

	private void closeChannel() {
		try {
			this.channel.close();
		}
		catch (IOException ex) {
			log.warn("Closing the journal segment {} failed", this.current.file(), ex);
		}
	}

	private static long number(Path file) {
		String name = file.getFileName().toString();
		try {
			return Long.parseLong(name.substring(0, name.length() - SUFFIX.length()));
		}
		catch (NumberFormatException ex) {
			throw new IllegalStateException("Not a journal segment: " + file, ex);
		}
	}

	/**
	 * Closes the segment being written; an empty one is removed. Records appended and not
	 * yet read stay on disk for the next run.
	 */
	@Override
	public void close() {
		synchronized (this.fileLock) {
			closeChannel();
			if (this.size == 0) {
				try {
					Files.deleteIfExists(this.current.file());
				}
				catch (IOException ex) {
					log.warn("Cannot remove the empty journal segment {}", this.current.file(), ex);
				}
			}
		}
	}

	/** One closed file of the journal. */
	public record Segment(Path file, long number) {

		/**
		 * The whole records of the segment, in the order they were appended. Reading
		 * stops at a record that is cut short or fails its checksum: a crash tore it
		 * before it was acknowledged.
		 */
		public List<byte[]> records() {
			return JournalRecords.read(this.file);
		}

	}

}

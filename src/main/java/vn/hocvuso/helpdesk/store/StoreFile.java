package vn.hocvuso.helpdesk.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreTool;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded store's file ({@code helpdesk.mv}). Pages are written compressed (LZF)
 * unless {@code helpdesk.store.compress} is off. Space freed by updates is reused only
 * after H2's retention time, so a burst of traffic leaves the file larger than its live
 * data; the file never shrinks by itself. When it is opened and less than
 * {@code compactBelow} percent of it is live, it is first copied live data only into a
 * new file that replaces it (atomically; a crash in between leaves the old file). Nobody
 * reads the store then, which H2's online compaction cannot promise (ADR 1).
 */
final class StoreFile {

	private static final Logger log = LoggerFactory.getLogger(StoreFile.class);

	private StoreFile() {
	}

	/**
	 * Compacts the file at {@code path} if less than {@code compactBelow}% is live, then
	 * opens it with a page cache of {@code cacheMb} megabytes.
	 */
	static Opened open(Path path, int compactBelow, boolean compress, int cacheMb) {
		Compaction compaction = null;
		if (Files.exists(path) && compactBelow > 0) {
			MVStore store = builder(path, false).readOnly().open();
			long size = store.getFileStore().size();
			double live = liveShare(store);
			store.close();
			if (live * 100 < compactBelow) {
				log.info("Compacting the store's file: {} MB, {}% live", megabytes(size), Math.round(live * 100));
				long started = System.nanoTime();
				MVStoreTool.compact(path.toString(), compress);
				compaction = new Compaction(Instant.now(), size, path.toFile().length(),
						Duration.ofNanos(System.nanoTime() - started));
				log.info("Compacted the store's file from {} to {} MB in {} ms", megabytes(size),
						megabytes(compaction.bytesAfter()), compaction.took().toMillis());
			}
		}
		return new Opened(builder(path, compress).cacheSize(cacheMb).open(), compaction);
	}

	/** The share of the file that holds live data, 0 to 1. */
	static double liveShare(MVStore store) {
		// live pages within the chunks, times the share of the file the chunks take
		return store.getFillRate() / 100.0 * store.getFileStore().getChunksFillRate() / 100.0;
	}

	private static MVStore.Builder builder(Path path, boolean compress) {
		MVStore.Builder builder = new MVStore.Builder().fileName(path.toString());
		return compress ? builder.compress() : builder;
	}

	private static long megabytes(long bytes) {
		return Math.round(bytes / 1_048_576.0);
	}

	/** The open store, and the compaction done before opening it, if any. */
	record Opened(MVStore store, @Nullable Compaction compaction) {
	}

	/** One compaction: when, the file's size before and after, and how long it took. */
	record Compaction(Instant at, long bytesBefore, long bytesAfter, Duration took) {
	}

}

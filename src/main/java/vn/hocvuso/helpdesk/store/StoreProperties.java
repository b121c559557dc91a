package vn.hocvuso.helpdesk.store;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the help desk keeps its data.
 *
 * @param uri a MongoDB connection string; when blank, an embedded store is started
 * @param database the database name used on either store
 * @param dataDir where the embedded store keeps its file
 * @param embeddedBackend {@code h2} (persisted to {@code dataDir}) or {@code memory}
 * (lost on stop; for tests)
 * @param housekeepingInterval how often finished work past its keeping time (processed
 * webhook events, sent replies) is removed
 * @param dataKey the key that seals personal data at rest, 32 bytes in Base64; when
 * blank, the file {@code personal-data.key} in {@code dataDir} (made on the first start)
 * @param compactBelow when the app starts, the embedded store's file is compacted if less
 * than this percentage of it holds live data; 0 never compacts
 * @param compress whether the embedded store writes its pages compressed; off only where
 * the file's raw bytes must be read as text (the personal-data scan)
 * @param cacheMb how many megabytes of the embedded store's pages are kept in memory; 0
 * (the default) takes an eighth of the heap, at most 128 (H2's own default is 16; 128
 * makes a month's export at a million cases about twice as fast once warm, see
 * BENCHMARKS.md)
 */
@ConfigurationProperties("helpdesk.store")
public record StoreProperties(@DefaultValue("") String uri, @DefaultValue("helpdesk") String database,
		@DefaultValue("./data") Path dataDir, @DefaultValue("h2") EmbeddedBackend embeddedBackend,
		@DefaultValue("1h") Duration housekeepingInterval, @DefaultValue("") String dataKey,
		@DefaultValue("50") int compactBelow, @DefaultValue("true") boolean compress, @DefaultValue("0") int cacheMb) {

	public enum EmbeddedBackend {

		H2, MEMORY

	}

	/**
	 * The embedded store's page cache in megabytes: {@link #cacheMb()}, or its default.
	 */
	public int pageCacheMb() {
		long heapMb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
		return (this.cacheMb > 0) ? this.cacheMb : (int) Math.max(16, Math.min(128, heapMb / 8));
	}

	public boolean useEmbedded() {
		return this.uri.isBlank();
	}

	/**
	 * Whether data lives in the embedded store's file under {@link #dataDir()}, which
	 * commits on a timer: writes that must be durable at once need a journal there.
	 */
	public boolean usesEmbeddedFile() {
		return useEmbedded() && this.embeddedBackend == EmbeddedBackend.H2;
	}

}

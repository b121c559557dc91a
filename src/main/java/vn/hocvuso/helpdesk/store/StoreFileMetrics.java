package vn.hocvuso.helpdesk.store;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.h2.mvstore.MVStore;

import org.springframework.stereotype.Component;

/**
 * The embedded store's file in metrics: its size ({@code helpdesk.store.file.size}), the
 * share of it that holds live data ({@code helpdesk.store.file.live}, 0 to 1), and when
 * it was last compacted ({@code helpdesk.store.compaction.last}, seconds since 1970; 0
 * when it has not been since it was opened). Nothing on MongoDB, which keeps its own
 * files.
 */
@Component
class StoreFileMetrics {

	StoreFileMetrics(StoreConfiguration.StoreConnection connection, MeterRegistry meters) {
		EmbeddedMongoServer embedded = connection.embedded();
		StoreFile.Opened file = (embedded != null) ? embedded.file() : null;
		if (file == null) {
			return;
		}
		Gauge.builder("helpdesk.store.file.size", file.store(), (store) -> store.isClosed() ? 0 : fileSize(store))
			.baseUnit("bytes")
			.description("Size of the embedded store's file")
			.register(meters);
		Gauge
			.builder("helpdesk.store.file.live", file.store(),
					(store) -> store.isClosed() ? 0 : StoreFile.liveShare(store))
			.description("Share of the embedded store's file that holds live data, 0 to 1")
			.register(meters);
		long compacted = (file.compaction() != null) ? file.compaction().at().getEpochSecond() : 0;
		Gauge.builder("helpdesk.store.compaction.last", () -> compacted)
			.description("When the embedded store's file was last compacted (at start-up), seconds since 1970")
			.register(meters);
	}

	private static long fileSize(MVStore store) {
		return store.getFileStore().size();
	}

}

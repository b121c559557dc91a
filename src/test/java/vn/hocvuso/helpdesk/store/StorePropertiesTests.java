package vn.hocvuso.helpdesk.store;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded store's page cache: as set, or an eighth of the heap within bounds. */
class StorePropertiesTests {

	@Test
	void aPageCacheSetIsTakenAsItIs() {
		assertThat(properties(24).pageCacheMb()).isEqualTo(24);
	}

	@Test
	void theDefaultPageCacheIsAnEighthOfTheHeapBetween16And128() {
		long eighth = Runtime.getRuntime().maxMemory() / (1024 * 1024) / 8;
		assertThat(properties(0).pageCacheMb()).isBetween(16, 128).isEqualTo((int) Math.max(16, Math.min(128, eighth)));
	}

	private static StoreProperties properties(int cacheMb) {
		return new StoreProperties("", "helpdesk", Path.of("data"), StoreProperties.EmbeddedBackend.H2,
				Duration.ofHours(1), "", 50, true, cacheMb);
	}

}

package vn.hocvuso.helpdesk.indicators;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import vn.hocvuso.helpdesk.WireServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hourly housekeeping removes exactly the resident keys a rebuild would not keep:
 * those of days, weeks, months and quarters that closed more than the kept time ago; the
 * keys for ever stay.
 */
class ClosedPeriodKeysIntegrationTests {

	private static final Duration WAIT = Duration.ofSeconds(30);

	private static final ZoneId WARD = ZoneId.of("Asia/Ho_Chi_Minh");

	private final WireServer wire = new WireServer();

	private final IndicatorStore store = new IndicatorStore(this.wire.database());

	@AfterEach
	void stop() {
		this.wire.close();
	}

	@Test
	void removesTheKeysOfPeriodsThatClosedAndKeepsTheRest() {
		LocalDate today = LocalDate.of(2026, 12, 7);
		// Every day of the last 200 days (across quarter, month and week ends) and a new
		// resident every 9th day: the keys a case of that day stores.
		Map<String, LocalDate> stored = new TreeMap<>();
		for (int back = 0; back < 200; back++) {
			LocalDate day = today.minusDays(back);
			String resident = "r" + (back / 9);
			List<String> keys = ResidentKeys.of(resident, day);
			Set<String> fresh = this.store.firstSightings(keys, "TDP-01", day).block(WAIT);
			fresh.forEach((key) -> stored.put(key, day));
		}
		Instant now = today.atTime(9, 0).atZone(WARD).toInstant();
		IndicatorsProperties properties = new IndicatorsProperties(WARD, true, Duration.ofDays(7));
		LocalDate from = today.minusDays(7);
		List<String> kept = new ArrayList<>();
		stored.forEach((key, day) -> {
			if (ResidentKeys.stillOpen(key, day, from)) {
				kept.add(key);
			}
		});

		long removed = new ClosedPeriodKeys(this.store, properties).removeExpired(now).block(WAIT);

		assertThat(removed).isEqualTo(stored.size() - kept.size()).isGreaterThan(150);
		assertThat(keys()).as("the keys a rebuild keeps").containsExactlyInAnyOrderElementsOf(kept);
		assertThat(keys()).filteredOn((key) -> key.startsWith("E|")).hasSize(23);
		assertThat(keys()).filteredOn((key) -> key.startsWith("Q")).isNotEmpty();
		assertThat(new ClosedPeriodKeys(this.store, properties).removeExpired(now).block(WAIT)).isZero();
	}

	private List<String> keys() {
		return Flux.from(this.wire.database().getCollection("indicator_residents").find())
			.map((key) -> key.getString("_id"))
			.collectList()
			.block(WAIT);
	}

}

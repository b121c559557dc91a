package vn.hocvuso.helpdesk.indicators;

import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CounterIdsTests {

	@Test
	void aGroupsDayCountsInItsMonthAndItsOutcomesInTheWardsDay() {
		Map<String, Map<String, Long>> spread = CounterIds.spread(Map.of("2026-11-22|TDP05",
				Map.of("all.cases", 1L, "topics.vneid~install.cases", 1L, "tickets.claimed", 1L)));
		assertThat(spread).containsOnlyKeys("2026-11-22|TDP05", "2026-11|TDP05", "2026-11-22|*");
		assertThat(spread.get("2026-11|TDP05")).isEqualTo(spread.get("2026-11-22|TDP05")).hasSize(3);
		assertThat(spread.get("2026-11-22|*")).isEqualTo(Map.of("all.cases", 1L));
	}

	@Test
	void daysOfOneMonthAddUpAndAmountsThatCancelAreLeftOut() {
		Map<String, Map<String, Long>> spread = CounterIds.spread(Map.of("2026-11-01|@daisu01",
				Map.of("tickets.claimed", 1L), "2026-11-30|@daisu01",
				Map.of("tickets.claimed", -1L, "tickets.resolved", 1L), "queue", Map.of("tickets.waiting.urgent", 1L)));
		assertThat(spread).containsOnlyKeys("2026-11-01|@daisu01", "2026-11-30|@daisu01", "2026-11|@daisu01", "queue");
		assertThat(spread.get("2026-11|@daisu01")).isEqualTo(Map.of("tickets.resolved", 1L));
	}

	@Test
	void labelsSayWhenAndWhose() {
		assertThat(CounterIds.labels("2026-11-22|TDP05"))
			.isEqualTo(new Document("day", "2026-11-22").append("group", "TDP05"));
		assertThat(CounterIds.labels("2026-11|@nguyen.lan"))
			.isEqualTo(new Document("month", "2026-11").append("ambassador", "nguyen.lan"));
		assertThat(CounterIds.labels("queue")).isEmpty();
		assertThat(CounterIds.isGroupDay("2026-11-22|TDP05")).isTrue();
		assertThat(CounterIds.isGroupDay("2026-11-22|*")).isFalse();
		assertThat(CounterIds.isGroupDay("2026-11|TDP05")).isFalse();
		assertThat(CounterIds.isAmbassadorDay("2026-11-22|@daisu01")).isTrue();
	}

}

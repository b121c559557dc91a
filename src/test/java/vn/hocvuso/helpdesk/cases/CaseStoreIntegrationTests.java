package vn.hocvuso.helpdesk.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.hocvuso.helpdesk.HelpdeskIntegrationTest;
import vn.hocvuso.helpdesk.shared.ChannelType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Streaming many cases, which the store reads a page at a time by id: every case of a
 * period comes exactly once and in id order, those stored before ids carried the time
 * received included, and nothing outside the period; every case comes once in a stream of
 * all.
 */
@HelpdeskIntegrationTest
class CaseStoreIntegrationTests {

	private static final Instant FROM = Instant.parse("2019-03-01T00:00:00Z");

	private static final Instant TO = Instant.parse("2019-04-01T00:00:00Z");

	@Autowired
	CaseStore cases;

	@Test
	void streamsEveryCaseOfAPeriodOnceInIdOrderAcrossManyPages() {
		Random random = new Random(42);
		List<SupportCase> stored = new ArrayList<>();
		for (int i = 0; i < 2_600; i++) {
			Instant at = FROM.minus(Duration.ofDays(3)).plusSeconds(random.nextInt(37 * 86_400));
			// One in ten was stored before ids carried the time received: minted when it
			// was processed, up to a few hours later.
			String id = (i % 10 == 0) ? new ObjectId(Date.from(at.plusSeconds(random.nextInt(6 * 3600)))).toHexString()
					: CaseIds.newId(at);
			stored.add(new SupportCase(id, ChannelType.ZALO, "r-page", "m-" + id, "trang", "trang", null, 0, null, null,
					null, CaseStatus.RECEIVED, false, List.of(), at, null, null, null, null));
		}
		this.cases.importBatch(stored).block(Duration.ofMinutes(1));

		List<String> expected = stored.stream()
			.filter((c) -> !c.receivedAt().isBefore(FROM) && c.receivedAt().isBefore(TO))
			.map(SupportCase::id)
			.sorted()
			.toList();
		List<String> streamed = this.cases.streamReceived(FROM, TO)
			.map(SupportCase::id)
			.collectList()
			.block(Duration.ofMinutes(1));
		assertThat(expected).hasSizeGreaterThan(2_000);
		assertThat(streamed).containsExactlyElementsOf(expected);

		Map<String, Long> all = this.cases.streamAll()
			.map(SupportCase::id)
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
			.block(Duration.ofMinutes(1));
		assertThat(stored).allSatisfy((c) -> assertThat(all.get(c.id())).as(c.id()).isEqualTo(1L));
	}

}

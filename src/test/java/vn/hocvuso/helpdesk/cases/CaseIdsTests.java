package vn.hocvuso.helpdesk.cases;

import java.time.Instant;
import java.util.stream.IntStream;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Case ids sort by the time received, to the second, which is what reading a period's
 * cases by id relies on.
 */
class CaseIdsTests {

	@Property(tries = 500)
	void anIdSortsBetweenTheFirstIdOfItsSecondAndTheFirstIdOfTheNextSecond(
			@ForAll @LongRange(min = 0, max = 4_000_000_000_000L) long millis) {
		Instant at = Instant.ofEpochMilli(millis);
		String id = CaseIds.newId(at);
		assertThat(id).hasSize(24).matches("[0-9a-f]+");
		assertThat(id).isGreaterThanOrEqualTo(CaseIds.firstAt(at));
		assertThat(id).isLessThan(CaseIds.firstAt(at.plusSeconds(1)));
	}

	@Test
	void idsMintedInTheSameSecondAreAllDifferent() {
		Instant at = Instant.parse("2026-12-06T08:00:00.500Z");
		assertThat(IntStream.range(0, 10_000).mapToObj((i) -> CaseIds.newId(at)).distinct()).hasSize(10_000);
	}

	@Test
	void timesOutsideWhatAnIdCanHoldAreHeldAtItsEnds() {
		assertThat(CaseIds.firstAt(Instant.parse("1960-01-01T00:00:00Z"))).isEqualTo("0".repeat(24));
		assertThat(CaseIds.firstAt(Instant.parse("2200-01-01T00:00:00Z"))).isEqualTo("ffffffff" + "0".repeat(16));
	}

}

package vn.hocvuso.helpdesk.channel.zalo;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Token refreshes are kept apart, longer after each one that fails. */
class RefreshPacingTests {

	private static final Instant T = Instant.parse("2026-12-04T08:00:00Z");

	private final RefreshPacing pacing = new RefreshPacing(Duration.ofMinutes(1));

	@Test
	void theFirstRefreshIsAllowedAndTheNextOnlyAfterTheInterval() {
		assertThat(this.pacing.tooSoon(T)).isFalse();
		this.pacing.started(T);
		this.pacing.succeeded();
		assertThat(this.pacing.tooSoon(T.plusSeconds(59))).isTrue();
		assertThat(this.pacing.tooSoon(T.plusSeconds(60))).isFalse();
	}

	@Test
	void theWaitDoublesAfterEachFailedRefreshUpToAnHourAndASuccessResetsIt() {
		this.pacing.started(T);
		this.pacing.failed();
		this.pacing.failed();
		assertThat(this.pacing.nextAllowed()).isEqualTo(T.plus(Duration.ofMinutes(4)));
		for (int i = 0; i < 20; i++) {
			this.pacing.failed();
		}
		assertThat(this.pacing.nextAllowed()).isEqualTo(T.plus(Duration.ofHours(1)));
		this.pacing.succeeded();
		assertThat(this.pacing.nextAllowed()).isEqualTo(T.plus(Duration.ofMinutes(1)));
	}

	@Test
	void aClockThatWentBackAllowsARefresh() {
		this.pacing.started(T);
		assertThat(this.pacing.tooSoon(T.minusSeconds(5))).isFalse();
	}

}

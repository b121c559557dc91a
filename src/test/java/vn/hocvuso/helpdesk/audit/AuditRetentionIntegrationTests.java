package vn.hocvuso.helpdesk.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.hocvuso.helpdesk.WireServer;
import vn.hocvuso.helpdesk.store.RetentionProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit log names client addresses (sign-ins): its entries go after the retention
 * time, through the real driver over TCP.
 */
class AuditRetentionIntegrationTests {

	private static final Duration WAIT = Duration.ofSeconds(30);

	private static final Instant NOW = Instant.parse("2026-12-07T03:00:00Z");

	private static final RetentionProperties TWO_YEARS = new RetentionProperties(Duration.ofDays(730),
			Duration.ofDays(730));

	private final WireServer store = new WireServer();

	@AfterEach
	void stop() {
		this.store.close();
	}

	@Test
	void entriesOlderThanTheRetentionTimeAreRemovedAndTheOthersStay() {
		at(NOW.minus(Duration.ofDays(731))).record("admin", "sign-in", "203.0.113.7", "").block(WAIT);
		at(NOW.minus(Duration.ofDays(729))).record("admin", "sign-in", "203.0.113.8", "").block(WAIT);
		AuditStore audit = at(NOW);
		audit.record("daisu01", "sign-in-failed", "203.0.113.9", "").block(WAIT);

		assertThat(audit.removeExpired(NOW).block(WAIT)).isEqualTo(1);
		assertThat(audit.recent(10).map(AuditEntry::subject).collectList().block(WAIT)).containsExactly("203.0.113.9",
				"203.0.113.8");
		assertThat(audit.removeExpired(NOW).block(WAIT)).isZero();
	}

	private AuditStore at(Instant time) {
		return new AuditStore(this.store.database(), Clock.fixed(time, ZoneOffset.UTC), TWO_YEARS);
	}

}

package vn.hocvuso.helpdesk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The real time plus an offset a test can move forward, or set so that "now" is a chosen
 * instant (and goes on from there).
 */
public final class AdjustableClock extends Clock {

	private final AtomicReference<Duration> ahead;

	private final ZoneId zone;

	public AdjustableClock() {
		this(new AtomicReference<>(Duration.ZERO), ZoneId.of("UTC"));
	}

	private AdjustableClock(AtomicReference<Duration> ahead, ZoneId zone) {
		this.ahead = ahead;
		this.zone = zone;
	}

	public void advance(Duration duration) {
		this.ahead.accumulateAndGet(duration, Duration::plus);
	}

	/** From now on, time goes on from this instant. */
	public void setTo(Instant instant) {
		this.ahead.set(Duration.between(Instant.now(), instant));
	}

	/** Back to the real time. */
	public void reset() {
		this.ahead.set(Duration.ZERO);
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(this.ahead.get());
	}

	@Override
	public ZoneId getZone() {
		return this.zone;
	}

	/** The same moving time, in another zone. */
	@Override
	public Clock withZone(ZoneId zone) {
		return new AdjustableClock(this.ahead, zone);
	}

	/** Import this to replace the app's clock. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Config {

		@Bean
		@Primary
		AdjustableClock adjustableClock() {
			return new AdjustableClock();
		}

	}

}

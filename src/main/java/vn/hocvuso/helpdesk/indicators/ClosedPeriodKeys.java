package vn.hocvuso.helpdesk.indicators;

import java.time.Instant;
import java.time.LocalDate;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import vn.hocvuso.helpdesk.store.Expiry;

/**
 * The resident keys of periods that closed: a key is read only while its day, week, month
 * or quarter is open (a new case, or a resident naming their group), so the hourly
 * housekeeping removes those whose period ended more than
 * {@code helpdesk.indicators.resident-keys-kept} ago, as a rebuild does. The counts they
 * made stay in the counters; the keys for ever (new residents) stay.
 */
@Component
class ClosedPeriodKeys implements Expiry {

	private final IndicatorStore store;

	private final IndicatorsProperties properties;

	ClosedPeriodKeys(IndicatorStore store, IndicatorsProperties properties) {
		this.store = store;
		this.properties = properties;
	}

	@Override
	public String collection() {
		return "indicator_residents";
	}

	@Override
	public Mono<Long> removeExpired(Instant now) {
		LocalDate from = now.minus(this.properties.residentKeysKept()).atZone(this.properties.zone()).toLocalDate();
		return this.store.removeKeysBefore(ResidentKeys.firstDaysKept(from));
	}

}

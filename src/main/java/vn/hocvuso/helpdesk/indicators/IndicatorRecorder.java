package vn.hocvuso.helpdesk.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import vn.hocvuso.helpdesk.cases.CaseListener;
import vn.hocvuso.helpdesk.cases.SupportCase;
import vn.hocvuso.helpdesk.metrics.MeterNames;

/**
 * Keeps the counters up to date as cases are opened and change: adds the difference of
 * the case's tally to its day document, and on a new case counts its resident in each
 * period where this is their first case. A failure is logged and counted, never passed to
 * the resident's turn; {@code rebuild-indicators} repairs the counters.
 */
@Component
class IndicatorRecorder implements CaseListener {

	private static final Logger log = LoggerFactory.getLogger(IndicatorRecorder.class);

	private final IndicatorStore store;

	private final IndicatorsProperties properties;

	private final MeterRegistry meters;

	IndicatorRecorder(IndicatorStore store, IndicatorsProperties properties, MeterRegistry meters) {
		this.store = store;
		this.properties = properties;
		this.meters = meters;
	}

	@Override
	public Mono<Void> changed(@Nullable SupportCase before, SupportCase after) {
		CaseTally now = CaseTally.of(after, this.properties.zone());
		List<CaseTally> changes = now.minus((before != null) ? CaseTally.of(before, this.properties.zone()) : null);
		Mono<Map<String, Long>> residents = (before == null) ? countResident(after, now) : Mono.just(Map.of());
		return residents.flatMap((counted) -> Flux.fromIterable(changes).concatMap((change) -> {
			Map<String, Long> increments = new HashMap<>(change.increments());
			if (change.dayId().equals(now.dayId())) {
				counted.forEach((path, amount) -> increments.merge(path, amount, Long::sum));
			}
			return this.store.add(change.dayId(), change.day().toString(), change.group(), increments);
		}).then()).onErrorResume((error) -> {
			log.error("Indicator counters of case {} not updated; run rebuild-indicators", after.id(), error);
			this.meters.counter(MeterNames.INDICATOR_FAILURES).increment();
			return Mono.empty();
		});
	}

	/**
	 * The day's resident counters; week, month and quarter documents are updated here.
	 */
	private Mono<Map<String, Long>> countResident(SupportCase supportCase, CaseTally tally) {
		LocalDate day = tally.day();
		return this.store.firstSightings(ResidentKeys.of(supportCase.residentId(), day)).flatMap((fresh) -> {
			Map<String, Long> dayIncrements = new HashMap<>();
			List<String> periodIds = new ArrayList<>();
			fresh.forEach((key) -> ResidentKeys.count(key, tally.group(), dayIncrements, periodIds));
			return this.store.addPeriodResidents(periodIds).thenReturn(dayIncrements);
		});
	}

}

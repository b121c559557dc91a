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
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import vn.hocvuso.helpdesk.cases.CaseListener;
import vn.hocvuso.helpdesk.cases.SupportCase;
import vn.hocvuso.helpdesk.metrics.MeterNames;
import vn.hocvuso.helpdesk.tickets.Ticket;
import vn.hocvuso.helpdesk.tickets.TicketListener;

/**
 * Keeps the counters up to date as cases and tickets change. For a case: adds the
 * difference of its tally to its day documents, and on a new case counts its resident in
 * each period where this is their first case. For a ticket: stores what it counts for now
 * and adds the difference from what it counted for before. A failure is logged and
 * counted, never passed to the resident's turn or the ambassador's action;
 * {@code rebuild-indicators} repairs the counters.
 */
@Component
class IndicatorRecorder implements CaseListener, TicketListener {

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
		return residents.flatMap((counted) -> {
			Map<String, Map<String, Long>> days = new HashMap<>();
			changes.forEach((change) -> days.put(change.dayId(), new HashMap<>(change.increments())));
			counted.forEach((path, amount) -> days.computeIfAbsent(now.dayId(), (id) -> new HashMap<>())
				.merge(path, amount, Long::sum));
			return this.store.add(days);
		})
			.then(groupNamed(before, now) ? moveResident(after.residentId(), now) : Mono.empty())
			.onErrorResume((error) -> failed("case", after.id(), error));
	}

	private boolean groupNamed(@Nullable SupportCase before, CaseTally now) {
		return before != null && CaseTally.groupOf(before).equals(CaseTally.NO_GROUP)
				&& !now.group().equals(CaseTally.NO_GROUP);
	}

	/**
	 * A case of a resident counted with no group got the group they named: the resident
	 * counts for that group in the periods of the case's day where they counted for none.
	 */
	private Mono<Void> moveResident(String residentId, CaseTally now) {
		Map<String, Map<String, Long>> days = new HashMap<>();
		Map<String, Long> periods = new HashMap<>();
		return this.store.moveKeys(ResidentKeys.of(residentId, now.day()), CaseTally.NO_GROUP, now.group())
			.doOnNext((moved) -> ResidentKeys.move(moved.getKey(), moved.getValue(), CaseTally.NO_GROUP, now.group(),
					days, periods))
			.then(Mono.defer(() -> this.store.add(days).then(this.store.addPeriodResidents(periods))));
	}

	@Override
	public Mono<Void> changed(Ticket ticket) {
		TicketFacts facts = TicketFacts.of(ticket);
		return this.store.swapTicket(ticket.id(), ticket.version(), facts)
			.flatMap((before) -> this.store.add(facts.minus(before.orElse(null), this.properties.zone())))
			.onErrorResume((error) -> failed("ticket", ticket.id(), error));
	}

	private Mono<Void> failed(String what, String id, Throwable error) {
		log.error("Indicator counters of {} {} not updated; run rebuild-indicators", what, id, error);
		this.meters.counter(MeterNames.INDICATOR_FAILURES).increment();
		return Mono.empty();
	}

	/**
	 * The day's resident counters; week, month and quarter documents are updated here.
	 */
	private Mono<Map<String, Long>> countResident(SupportCase supportCase, CaseTally tally) {
		LocalDate day = tally.day();
		return this.store.firstSightings(ResidentKeys.of(supportCase.residentId(), day), tally.group(), day)
			.flatMap((fresh) -> {
				Map<String, Long> dayIncrements = new HashMap<>();
				List<String> periodIds = new ArrayList<>();
				fresh.forEach((key) -> ResidentKeys.count(key, tally.group(), dayIncrements, periodIds));
				Map<String, Long> periods = new HashMap<>();
				periodIds.forEach((id) -> periods.merge(id, 1L, Long::sum));
				return this.store.addPeriodResidents(periods).thenReturn(dayIncrements);
			});
	}

}

package vn.hocvuso.helpdesk.indicators;

import java.time.Clock;
import java.time.LocalDate;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

import vn.hocvuso.helpdesk.cases.CaseStore;
import vn.hocvuso.helpdesk.cases.SupportCase;
import vn.hocvuso.helpdesk.tickets.TicketQueries;

/**
 * Recomputes every indicator counter from the cases and tickets
 * ({@code rebuild-indicators}): after a failed update, a change of the counting rules, or
 * a restore. Run it while no case or ticket changes (the app stopped, or a quiet moment):
 * live changes during the rebuild are lost. Reads the cases and tickets once, in batches;
 * holds only the counters, first sightings and what each ticket counts for in memory.
 */
@Service
public class IndicatorRebuild {

	private final CaseStore cases;

	private final TicketQueries tickets;

	private final IndicatorStore store;

	private final IndicatorsProperties properties;

	private final Clock clock;

	IndicatorRebuild(CaseStore cases, TicketQueries tickets, IndicatorStore store, IndicatorsProperties properties,
			Clock clock) {
		this.cases = cases;
		this.tickets = tickets;
		this.store = store;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Rebuilds the counters from the stored cases and tickets; returns how many cases
	 * were counted.
	 */
	public Mono<Long> run() {
		return rebuildFrom(this.cases.streamAll());
	}

	/**
	 * Rebuilds the counters from these cases, which must be all the stored ones, and the
	 * stored tickets: for a bulk load that counts the cases as it writes them instead of
	 * reading them back.
	 */
	public Mono<Long> rebuildFrom(Flux<SupportCase> all) {
		RebuildTotals totals = new RebuildTotals(this.properties.zone());
		LocalDate keepKeysFrom = this.clock.instant()
			.minus(this.properties.residentKeysKept())
			.atZone(this.properties.zone())
			.toLocalDate();
		return this.store.clear()
			.thenMany(all)
			.doOnNext(totals::add)
			.thenMany(this.tickets.all())
			.doOnNext(totals::add)
			.then(Mono.defer(() -> this.store.insertRebuilt(totals.finish(keepKeysFrom))))
			.then(Mono.fromSupplier(totals::cases));
	}

}

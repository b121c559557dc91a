package vn.hocvuso.helpdesk.indicators;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import vn.hocvuso.helpdesk.indicators.IndicatorReport.AmbassadorRow;
import vn.hocvuso.helpdesk.indicators.IndicatorReport.TicketFigures;
import vn.hocvuso.helpdesk.tickets.Ticket;
import vn.hocvuso.helpdesk.tickets.TicketQueries;
import vn.hocvuso.helpdesk.wards.Ambassador;
import vn.hocvuso.helpdesk.wards.Ward;
import vn.hocvuso.helpdesk.wards.WardDirectory;

/**
 * Each ambassador's own numbers, from their day or month documents (the tickets they
 * claimed, first replied to and resolved, how fast, and how residents rated them), and
 * the tickets behind a number.
 */
@Component
class TicketIndicators {

	private final IndicatorStore store;

	private final WardDirectory wards;

	private final TicketQueries tickets;

	private final IndicatorsProperties properties;

	TicketIndicators(IndicatorStore store, WardDirectory wards, TicketQueries tickets,
			IndicatorsProperties properties) {
		this.store = store;
		this.wards = wards;
		this.tickets = tickets;
		this.properties = properties;
	}

	/**
	 * The tickets that count in a number of the period, oldest first. This reads the
	 * tickets opened before the period ends: for drilling down, not for pages.
	 */
	Flux<TicketLine> tickets(Period period, TicketFilter filter, int limit) {
		ZoneId zone = this.properties.zone();
		return this.tickets.openedBefore(period.end().atStartOfDay(zone).toInstant())
			.filter((ticket) -> filter.test(TicketFacts.of(ticket), period, zone))
			.sort(Comparator.comparing(Ticket::openedAt))
			.take(limit)
			.map(TicketLine::of);
	}

	/**
	 * A row for every ambassador of the ward and everyone else who handled tickets (staff
	 * too), by username.
	 */
	Mono<List<AmbassadorRow>> rows(Period period) {
		return Mono.zip(this.wards.ward(), this.store.ambassadors()).flatMap((found) -> {
			TreeSet<String> usernames = new TreeSet<>(found.getT2());
			found.getT1().ambassadors().forEach((ambassador) -> usernames.add(ambassador.username()));
			return rows(period, List.copyOf(usernames), found.getT1());
		});
	}

	/** One ambassador's row. */
	Mono<AmbassadorRow> row(Period period, String username) {
		return this.wards.ward().flatMap((ward) -> rows(period, List.of(username), ward)).map((rows) -> rows.get(0));
	}

	private Mono<List<AmbassadorRow>> rows(Period period, List<String> usernames, Ward ward) {
		return this.store.counters(period, usernames.stream().map(CounterIds::ambassador).toList()).map((documents) -> {
			var byAmbassador = ReportAssembler.byLabel(documents, "ambassador");
			return usernames.stream()
				.map((username) -> new AmbassadorRow(username,
						ward.ambassador(username).map(Ambassador::name).orElse(username),
						TicketFigures.of(Counters.of(byAmbassador.getOrDefault(username, List.<Document>of())), "")))
				.toList();
		});
	}

}

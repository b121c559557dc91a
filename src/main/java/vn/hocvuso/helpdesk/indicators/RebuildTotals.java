package vn.hocvuso.helpdesk.indicators;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.bson.Document;

import vn.hocvuso.helpdesk.cases.SupportCase;
import vn.hocvuso.helpdesk.tickets.Ticket;

/**
 * The counters recomputed in memory from every case and ticket, the way
 * {@link IndicatorRecorder} builds them one change at a time: the tallies of the cases
 * and tickets summed per day document and spread to months and the ward's days, and each
 * resident counted in each period by their earliest case there.
 */
final class RebuildTotals {

	private static final Comparator<Sighting> EARLIEST = Comparator.comparing(Sighting::receivedAt)
		.thenComparing(Sighting::caseId);

	private final ZoneId zone;

	private final Map<String, Map<String, Long>> days = new HashMap<>();

	private final Map<String, Sighting> sightings = new HashMap<>();

	private final List<Document> tickets = new ArrayList<>();

	private long cases;

	RebuildTotals(ZoneId zone) {
		this.zone = zone;
	}

	void add(SupportCase supportCase) {
		CaseTally tally = CaseTally.of(supportCase, this.zone);
		Map<String, Long> counters = this.days.computeIfAbsent(tally.dayId(), (id) -> new HashMap<>());
		tally.increments().forEach((path, amount) -> counters.merge(path, amount, Long::sum));
		Sighting sighting = new Sighting(supportCase.receivedAt(), supportCase.id(), tally.day(), tally.group());
		for (String key : ResidentKeys.of(supportCase.residentId(), tally.day())) {
			this.sightings.merge(key, sighting, (a, b) -> (EARLIEST.compare(a, b) <= 0) ? a : b);
		}
		this.cases++;
	}

	void add(Ticket ticket) {
		TicketFacts facts = TicketFacts.of(ticket);
		facts.tally(this.zone).forEach((id, amounts) -> {
			Map<String, Long> counters = this.days.computeIfAbsent(id, (key) -> new HashMap<>());
			amounts.forEach((path, amount) -> counters.merge(path, amount, Long::sum));
		});
		this.tickets.add(new Document("_id", ticket.id()).append("version", ticket.version())
			.append("facts", facts.toDocument()));
	}

	long cases() {
		return this.cases;
	}

	/**
	 * The counter documents and week, month and quarter documents, with residents
	 * counted, and what each ticket counts for.
	 */
	Rebuilt finish(LocalDate keepKeysFrom) {
		Map<String, Long> periods = new HashMap<>();
		List<Document> keptKeys = new ArrayList<>();
		this.sightings.forEach((key, sighting) -> {
			Map<String, Long> dayCounters = this.days.get(CounterIds.day(sighting.day(), sighting.group()));
			List<String> periodIds = new ArrayList<>();
			ResidentKeys.count(key, sighting.group(), dayCounters, periodIds);
			periodIds.forEach((id) -> periods.merge(id, 1L, Long::sum));
			if (ResidentKeys.stillOpen(key, sighting.day(), keepKeysFrom)) {
				keptKeys.add(IndicatorStore.keyDocument(key, sighting.group(), sighting.day()));
			}
		});
		List<Document> counters = new ArrayList<>();
		Set<String> groups = new TreeSet<>();
		Set<String> ambassadors = new TreeSet<>();
		CounterIds.spread(this.days).forEach((id, amounts) -> {
			Document labels = CounterIds.labels(id);
			if (CounterIds.isGroupDay(id)) {
				groups.add(labels.getString("group"));
			}
			else if (CounterIds.isAmbassadorDay(id)) {
				ambassadors.add(labels.getString("ambassador"));
			}
			Document counter = nested(amounts).append("_id", id);
			counter.putAll(labels);
			counters.add(counter);
		});
		List<Document> periodDocuments = new ArrayList<>();
		periods.forEach(
				(id, residents) -> periodDocuments.add(new Document("_id", id).append(CaseTally.RESIDENTS, residents)));
		return new Rebuilt(counters, periodDocuments, keptKeys, this.tickets, groups, ambassadors);
	}

	/** {@code all.cases → 3} becomes {@code {all: {cases: 3}}}. */
	private static Document nested(Map<String, Long> counters) {
		Document root = new Document();
		counters.forEach((path, amount) -> {
			String[] parts = path.split("\\.");
			Document parent = root;
			for (int i = 0; i < parts.length - 1; i++) {
				parent = (Document) parent.computeIfAbsent(parts[i], (name) -> new Document());
			}
			parent.put(parts[parts.length - 1], amount);
		});
		return root;
	}

	private record Sighting(Instant receivedAt, String caseId, LocalDate day, String group) {
	}

	record Rebuilt(List<Document> counters, List<Document> periods, List<Document> residentKeys, List<Document> tickets,
			Set<String> groups, Set<String> ambassadors) {
	}

}

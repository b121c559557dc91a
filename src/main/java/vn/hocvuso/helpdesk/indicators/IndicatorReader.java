package vn.hocvuso.helpdesk.indicators;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.bson.Document;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

import vn.hocvuso.helpdesk.cases.CaseStore;
import vn.hocvuso.helpdesk.classes.ClassSchedule;
import vn.hocvuso.helpdesk.cases.SupportCase;
import vn.hocvuso.helpdesk.indicators.IndicatorReport.AmbassadorRow;
import vn.hocvuso.helpdesk.knowledge.store.KnowledgeBase;
import vn.hocvuso.helpdesk.wards.WardDirectory;

/**
 * Reads the indicators of a period from the counter documents, by {@code _id}: a month of
 * the whole ward is one document per day and group, never a scan of the cases.
 */
@Service
public class IndicatorReader {

	private final IndicatorStore store;

	private final IndicatorSettingsStore settings;

	private final KnowledgeBase knowledgeBase;

	private final IndicatorsProperties properties;

	private final CaseStore cases;

	private final WardDirectory wards;

	private final TicketIndicators tickets;

	private final ClassSchedule classes;

	private final Clock clock;

	IndicatorReader(IndicatorStore store, IndicatorSettingsStore settings, KnowledgeBase knowledgeBase, CaseStore cases,
			WardDirectory wards, IndicatorsProperties properties, TicketIndicators tickets, ClassSchedule classes,
			Clock clock) {
		this.store = store;
		this.classes = classes;
		this.tickets = tickets;
		this.cases = cases;
		this.wards = wards;
		this.settings = settings;
		this.knowledgeBase = knowledgeBase;
		this.properties = properties;
		this.clock = clock;
	}

	/** Today in the ward's time zone. */
	public LocalDate today() {
		return LocalDate.now(this.clock.withZone(this.properties.zone()));
	}

	/**
	 * The indicators of the period, for the ward or, with a group code, for one group. A
	 * month or a quarter reads month documents, and one document per day for the chart.
	 */
	public Mono<IndicatorReport> report(Period period, @Nullable String group) {
		Mono<Map<String, Long>> targets = (period.kind() == Period.Kind.MONTH) ? this.settings.targets(period)
				: Mono.just(Map.of());
		return Mono.zip(targets, this.wards.ward().map(GroupNames::of)).flatMap((settings) -> {
			Map<String, Long> monthTargets = settings.getT1();
			GroupNames names = settings.getT2();
			return groups(group, monthTargets, names).flatMap((groups) -> {
				Mono<List<Document>> totals = this.store.counters(period, groups).cache();
				return Mono
					.zip(totals, this.store.counters(period.previous(), groups), chart(period, group, totals),
							periodResidents(period, groups),
							(group == null) ? this.tickets.rows(period) : Mono.just(List.<AmbassadorRow>of()))
					.map((read) -> new ReportAssembler(period, groups, read.getT1(), read.getT3(), this::topicTitle,
							names)
						.assemble(group, read.getT2(), read.getT4(), monthTargets, read.getT5()));
			});
		});
	}

	/**
	 * The cases behind a number: those of the period that the filter selects, oldest
	 * first. This reads the period's cases, so it is for drilling down, not for pages.
	 */
	public Flux<SupportCase> cases(Period period, CaseFilter filter, int limit) {
		return this.cases.streamReceived(startOf(period.start()), startOf(period.end()))
			.filter((supportCase) -> filter.test(supportCase, this.properties.zone()))
			.take(limit);
	}

	/** The first instant of a day in the ward's time zone. */
	public Instant startOf(LocalDate day) {
		return day.atStartOfDay(this.properties.zone()).toInstant();
	}

	/**
	 * This month's groups ranked by residents helped, then target completion: group
	 * codes, names and counts only.
	 */
	public Mono<Leaderboard> leaderboard() {
		Period month = Period.containing(Period.Kind.MONTH, today());
		return Mono
			.zip(this.settings.targets(month), this.wards.ward().map(GroupNames::of),
					this.classes.figures(YearMonth.from(month.start())))
			.flatMap((settings) -> groups(null, settings.getT1(), settings.getT2())
				.flatMap((groups) -> periodResidents(month, groups).map((residents) -> Leaderboard.rank(month, groups,
						residents, settings.getT1(), settings.getT2(), settings.getT3()))));
	}

	/**
	 * The groups to show: one when asked, else the ward's groups, those with counters and
	 * those with targets.
	 */
	private Mono<List<String>> groups(@Nullable String group, Map<String, Long> targets, GroupNames names) {
		if (group != null) {
			return Mono.just(List.of(group));
		}
		return this.store.groups().map((seen) -> {
			TreeSet<String> all = new TreeSet<>(seen);
			all.addAll(targets.keySet());
			all.addAll(names.names().keySet());
			// Cases without a known group come last.
			if (all.remove(CaseTally.NO_GROUP)) {
				return Stream.concat(all.stream(), Stream.of(CaseTally.NO_GROUP)).toList();
			}
			return List.copyOf(all);
		});
	}

	/**
	 * One document per day for the chart: the ward's or the group's for a month or a
	 * quarter; the totals themselves, which are days, for a day or a week.
	 */
	private Mono<List<Document>> chart(Period period, @Nullable String group, Mono<List<Document>> totals) {
		if (period.kind() == Period.Kind.DAY || period.kind() == Period.Kind.WEEK) {
			return totals;
		}
		String owner = (group != null) ? group : CounterIds.WARD;
		return this.store.counters(period.days().stream().map((day) -> CounterIds.day(day, owner)).toList())
			.collectList();
	}

	/** Distinct residents per group; for a day, the day documents hold them. */
	private Mono<Map<String, Long>> periodResidents(Period period, List<String> groups) {
		if (period.kind() == Period.Kind.DAY) {
			return this.store.counters(period, groups).map((documents) -> {
				Map<String, Long> residents = new HashMap<>();
				documents.forEach((document) -> residents.put(document.getString("group"),
						Counters.of(List.of(document)).get(CaseTally.ALL + CaseTally.RESIDENTS)));
				return residents;
			});
		}
		List<String> ids = groups.stream().map((group) -> ResidentKeys.periodId(period.key(), group)).toList();
		return this.store.periods(ids)
			.collectMap((document) -> document.getString("_id").split("\\|")[1],
					(document) -> ((Number) document.get(CaseTally.RESIDENTS)).longValue());
	}

	private String topicTitle(String topic) {
		return this.knowledgeBase.current().article(topic).map((article) -> article.title()).orElse(topic);
	}

}

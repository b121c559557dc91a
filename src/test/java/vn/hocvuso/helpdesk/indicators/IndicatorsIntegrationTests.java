package vn.hocvuso.helpdesk.indicators;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.hocvuso.helpdesk.HelpdeskClient;
import vn.hocvuso.helpdesk.HelpdeskIntegrationTest;
import vn.hocvuso.helpdesk.cases.CaseStore;
import vn.hocvuso.helpdesk.cases.CaseStatus;
import vn.hocvuso.helpdesk.cases.SupportCase;
import vn.hocvuso.helpdesk.shared.ChannelType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Known cases in, exact indicators out, through the real store and the HTTP API. Each
 * test uses its own residential group, so tests sharing the store do not disturb each
 * other.
 */
@HelpdeskIntegrationTest
class IndicatorsIntegrationTests {

	/** 23:59:59 on 31 March 2025 in Hanoi; one second later it is 1 April there. */
	static final Instant LAST_SECOND_OF_MARCH = Instant.parse("2025-03-31T16:59:59Z");

	@LocalServerPort
	int port;

	@Autowired
	CaseStore caseRepository;

	@Autowired
	IndicatorReader reader;

	@Autowired
	IndicatorRebuild rebuild;

	@Autowired
	IndicatorStore store;

	HelpdeskClient client;

	CaseSamples samples;

	@BeforeEach
	void connect() {
		this.client = HelpdeskClient.on(this.port);
		this.samples = new CaseSamples(this.caseRepository);
	}

	/**
	 * Three residents in March 2025: one answered and one clarified case of r1, an
	 * escalated case of r2 found helpful, and a reply to r3 that could not be delivered;
	 * r3 writes again one second after March ends.
	 */
	private String marchInOneGroup() {
		String group = CaseSamples.newGroup();
		String r1 = CaseSamples.newResident();
		String r2 = CaseSamples.newResident();
		String r3 = CaseSamples.newResident();
		SupportCase answered = this.samples.answered(r1, group, "vneid.install", ChannelType.ZALO,
				Instant.parse("2025-03-03T02:00:00Z"), Duration.ofMillis(1500));
		this.samples.clarified(r1, group, "dvc.submit", ChannelType.ZALO, Instant.parse("2025-03-03T03:00:00Z"),
				Duration.ofMillis(400));
		SupportCase escalated = this.samples.escalated(r2, group, null, ChannelType.WEBCHAT,
				Instant.parse("2025-03-10T05:00:00Z"), Duration.ofSeconds(3));
		SupportCase lastOfMarch = this.samples.answered(r3, group, "vneid.install", ChannelType.MESSENGER,
				LAST_SECOND_OF_MARCH, Duration.ofSeconds(1));
		this.samples.answered(r3, group, "vneid.install", ChannelType.MESSENGER, LAST_SECOND_OF_MARCH.plusSeconds(1),
				Duration.ofSeconds(1));
		this.samples.undeliverable(lastOfMarch);
		this.samples.feedback(escalated, "helpful");
		this.samples.feedback(answered, "not_helpful");
		return group;
	}

	@Test
	void knownCasesGiveExactIndicatorsForTheMonth() {
		String group = marchInOneGroup();
		setTargets("2025-03", "{\"" + group + "\": 4}");
		indicators("month", "2025-03-17", group).jsonPath("$.label")
			.isEqualTo("Tháng 3/2025")
			.jsonPath("$.from")
			.isEqualTo("2025-03-01")
			.jsonPath("$.to")
			.isEqualTo("2025-03-31")
			.jsonPath("$.headline.cases")
			.isEqualTo(4)
			.jsonPath("$.headline.residents")
			.isEqualTo(3)
			.jsonPath("$.headline.newResidents")
			.isEqualTo(3)
			.jsonPath("$.headline.contained")
			.isEqualTo(1)
			.jsonPath("$.headline.containmentPercent")
			.isEqualTo(25.0)
			.jsonPath("$.headline.clarified")
			.isEqualTo(1)
			.jsonPath("$.headline.escalated")
			.isEqualTo(2)
			.jsonPath("$.headline.undeliverable")
			.isEqualTo(1)
			.jsonPath("$.headline.feedback")
			.isEqualTo(2)
			.jsonPath("$.headline.helpfulPercent")
			.isEqualTo(50.0)
			.jsonPath("$.headline.botMedianSeconds")
			.isEqualTo(1)
			.jsonPath("$.headline.botP90Seconds")
			.isEqualTo(5)
			.jsonPath("$.days.length()")
			.isEqualTo(31)
			.jsonPath("$.days[2].cases")
			.isEqualTo(2)
			.jsonPath("$.days[2].clarified")
			.isEqualTo(1)
			.jsonPath("$.days[30].escalated")
			.isEqualTo(1)
			.jsonPath("$.topics[0].topic")
			.isEqualTo("vneid.install")
			.jsonPath("$.topics[0].title")
			.isEqualTo("Cài đặt ứng dụng VNeID")
			.jsonPath("$.topics[0].cases")
			.isEqualTo(2)
			.jsonPath("$.topics[0].escalated")
			.isEqualTo(1)
			.jsonPath("$.topics.length()")
			.isEqualTo(3)
			.jsonPath("$.channels[?(@.channel == 'zalo')].cases")
			.isEqualTo(List.of(2))
			.jsonPath("$.groups[0].residents")
			.isEqualTo(3)
			.jsonPath("$.groups[0].target")
			.isEqualTo(4)
			.jsonPath("$.groups[0].completionPercent")
			.isEqualTo(75.0)
			.jsonPath("$.botResponse[0].count")
			.isEqualTo(2)
			.jsonPath("$.botResponse[0].label")
			.isEqualTo("≤ 1 giây");
	}

	@Test
	void casesCountOnTheirDayInHanoiTime() {
		String group = marchInOneGroup();
		indicators("month", "2025-04-01", group).jsonPath("$.headline.cases")
			.isEqualTo(1)
			.jsonPath("$.headline.residents")
			.isEqualTo(1)
			.jsonPath("$.headline.newResidents")
			.isEqualTo(0)
			.jsonPath("$.topics[0].previousCases")
			.isEqualTo(2);
		indicators("day", "2025-03-31", group).jsonPath("$.headline.cases").isEqualTo(1);
		indicators("day", "2025-03-03", group).jsonPath("$.headline.cases")
			.isEqualTo(2)
			.jsonPath("$.headline.residents")
			.isEqualTo(1);
		indicators("week", "2025-04-02", group).jsonPath("$.from")
			.isEqualTo("2025-03-31")
			.jsonPath("$.headline.cases")
			.isEqualTo(2)
			.jsonPath("$.headline.residents")
			.isEqualTo(1);
		indicators("quarter", "2025-02-14", group).jsonPath("$.label")
			.isEqualTo("Quý 1/2025")
			.jsonPath("$.headline.cases")
			.isEqualTo(4)
			.jsonPath("$.headline.residents")
			.isEqualTo(3);
	}

	@Test
	void rebuildingFromCasesGivesTheSameCountersAsCountingOneChangeAtATime() {
		String group = marchInOneGroup();
		List<Period> periods = List.of(month("2025-03-01"), month("2025-04-01"),
				Period.containing(Period.Kind.WEEK, LocalDate.parse("2025-03-31")),
				Period.containing(Period.Kind.QUARTER, LocalDate.parse("2025-03-31")),
				Period.containing(Period.Kind.DAY, LocalDate.parse("2025-03-03")));
		List<IndicatorReport> incremental = reports(periods, group);
		List<String> ids = new ArrayList<>(List.of("2025-03|" + group, "2025-04|" + group));
		for (LocalDate day : month("2025-03-01").days()) {
			ids.addAll(List.of(CounterIds.day(day, group), CounterIds.day(day, CounterIds.WARD)));
		}
		Map<String, Map<String, Long>> documents = counters(this.store, ids);
		Long counted = this.rebuild.run().block(Duration.ofMinutes(1));
		assertThat(counted).isGreaterThanOrEqualTo(5);
		assertThat(reports(periods, group)).isEqualTo(incremental);
		assertThat(counters(this.store, ids)).isEqualTo(documents);
		assertThat(incremental.get(0).headline().cases()).isEqualTo(4);
		assertThat(documents.get("2025-03|" + group).get("all.cases")).isEqualTo(4);
		assertThat(documents.get("2025-03-31|*").get("all.escalated")).isGreaterThanOrEqualTo(1);
	}

	@Test
	void aCaseWhoseGroupBecomesKnownLaterMovesToThatGroup() {
		String group = CaseSamples.newGroup();
		Instant at = Instant.parse("2025-08-08T03:00:00Z");
		SupportCase ungrouped = this.samples.open(CaseSamples.sample(CaseSamples.newResident(), null, ChannelType.ZALO,
				at, "hỏi", "dvc.status", "answer", CaseStatus.ANSWERED, at));
		indicators("day", "2025-08-08", "-").jsonPath("$.headline.cases").isEqualTo(1);
		indicators("month", "2025-08-01", "-").jsonPath("$.headline.residents").isEqualTo(1);
		this.samples.regrouped(ungrouped, group);
		indicators("day", "2025-08-08", "-").jsonPath("$.headline.cases")
			.isEqualTo(0)
			.jsonPath("$.headline.residents")
			.isEqualTo(0)
			.jsonPath("$.headline.newResidents")
			.isEqualTo(0);
		indicators("day", "2025-08-08", group).jsonPath("$.headline.cases")
			.isEqualTo(1)
			.jsonPath("$.headline.contained")
			.isEqualTo(1)
			.jsonPath("$.headline.residents")
			.isEqualTo(1)
			.jsonPath("$.headline.newResidents")
			.isEqualTo(1);
		for (String period : List.of("week", "month", "quarter")) {
			indicators(period, "2025-08-08", "-").jsonPath("$.headline.residents").isEqualTo(0);
			indicators(period, "2025-08-08", group).jsonPath("$.headline.residents").isEqualTo(1);
		}
		// Moved again, between two named groups, its cases move; the resident, counted
		// once, stays.
		this.samples.regrouped(ungrouped, CaseSamples.newGroup());
		indicators("month", "2025-08-01", group).jsonPath("$.headline.residents").isEqualTo(1);
	}

	@Test
	void drillsDownToTheCasesBehindANumberWithTheirRedactedTexts() {
		String group = marchInOneGroup();
		List<Map<String, Object>> escalated = this.client
			.staffList("/api/v1/indicators/cases?period=month&date=2025-03-01&group=" + group + "&outcome=escalated");
		assertThat(escalated).hasSize(2)
			.allSatisfy((c) -> assertThat(c).containsEntry("status", "ESCALATED").containsEntry("groupCode", group));
		assertThat(escalated).extracting((c) -> c.get("text")).contains("giá vàng, \"hôm nay\"");
		assertThat(this.client
			.staffList("/api/v1/indicators/cases?period=day&date=2025-04-01&group=" + group + "&topic=vneid.install"))
			.hasSize(1);
	}

	@Test
	void refusesBadPeriodsDatesGroupsAndTargetsWithAProblem() {
		for (String uri : List.of("/api/v1/indicators?period=year", "/api/v1/indicators?date=2025-13-01",
				"/api/v1/indicators?group=t%E1%BB%95%205", "/api/v1/indicators/cases?outcome=lost")) {
			this.client.staffGet(uri)
				.exchange()
				.expectStatus()
				.isBadRequest()
				.expectHeader()
				.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		}
		putTargets("2025-05", "{\"TDP01\": 10, \"TDP02\": -3}").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.detail")
			.value((detail) -> assertThat((String) detail).contains("TDP02"));
		this.client.staffGet("/api/v1/indicators/targets?month=2025-05")
			.exchange()
			.expectBody()
			.jsonPath("$.targets.TDP01")
			.doesNotExist();
	}

	@Test
	void indicatorsNeedAStaffLogin() {
		this.client.http().get().uri("/api/v1/indicators").exchange().expectStatus().isUnauthorized();
	}

	private WebTestClient.BodyContentSpec indicators(String period, String date, String group) {
		return this.client.staffGet("/api/v1/indicators?period=" + period + "&date=" + date + "&group=" + group)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody();
	}

	private void setTargets(String month, String json) {
		putTargets(month, json).expectStatus().isOk();
	}

	private WebTestClient.ResponseSpec putTargets(String month, String json) {
		return this.client.http()
			.put()
			.uri("/api/v1/indicators/targets?month=" + month)
			.headers((headers) -> headers.setBasicAuth("admin", HelpdeskIntegrationTest.ADMIN_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(json)
			.exchange();
	}

	private List<IndicatorReport> reports(List<Period> periods, String group) {
		return periods.stream()
			.map((period) -> this.reader.report(period, group).block(Duration.ofSeconds(10)))
			.toList();
	}

	/**
	 * The non-zero counters of each document, by {@code _id}; a document whose counters
	 * all went back to zero is as good as none.
	 */
	static Map<String, Map<String, Long>> counters(IndicatorStore store, List<String> ids) {
		Map<String, Map<String, Long>> counters = new HashMap<>();
		store.counters(ids).toIterable().forEach((document) -> {
			Map<String, Long> nonZero = Counters.of(List.of(document)).nonZero();
			if (!nonZero.isEmpty()) {
				counters.put(document.getString("_id"), nonZero);
			}
		});
		return counters;
	}

	private static Period month(String date) {
		return Period.containing(Period.Kind.MONTH, LocalDate.parse(date));
	}

}

package vn.hocvuso.helpdesk.indicators;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.hocvuso.helpdesk.AdjustableClock;
import vn.hocvuso.helpdesk.HelpdeskClient;
import vn.hocvuso.helpdesk.HelpdeskIntegrationTest;
import vn.hocvuso.helpdesk.WardFixture;
import vn.hocvuso.helpdesk.indicators.IndicatorReport.AmbassadorRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Known sequences of tickets through the real HTTP API, with a clock the test sets, give
 * exact ticket indicators: per group, topic, channel and ambassador, on the right day in
 * Hanoi time. Times are counted in buckets, so each step is timed well inside one.
 */
@HelpdeskIntegrationTest
@Import(AdjustableClock.Config.class)
@TestPropertySource(properties = "helpdesk.escalation.check-every=100ms")
class TicketIndicatorsIntegrationTests {

	/** 23:40 on 31 October 2025 in Hanoi. */
	static final Instant LATE_ON_THE_31ST = Instant.parse("2025-10-31T16:40:00Z");

	@LocalServerPort
	int port;

	@Autowired
	AdjustableClock clock;

	@Autowired
	IndicatorRebuild rebuild;

	@Autowired
	IndicatorReader reader;

	@Autowired
	IndicatorStore store;

	@Autowired
	TicketQueueGauge queue;

	@Autowired
	MeterRegistry meters;

	HelpdeskClient client;

	WardFixture ward;

	@BeforeEach
	void connect() {
		this.client = HelpdeskClient.on(this.port);
		this.ward = new WardFixture(this.client);
	}

	@AfterEach
	void realTime() {
		this.clock.reset();
	}

	/**
	 * Ticket 1 opens at 23:40 on 31 October and is claimed by {@code a} 3 minutes later;
	 * {@code a} replies after midnight (23 minutes after opening) and resolves it at 33
	 * minutes; the resident finds it helpful. Ticket 2 opens then and nobody claims it
	 * within its 15 minutes; {@code b} claims it at 16 minutes and resolves it at 19.
	 */
	private Ward ticketsAroundMidnight() {
		String group = this.ward.group();
		String a = this.ward.ambassador(group);
		String b = this.ward.ambassador(group);
		this.clock.setTo(LATE_ON_THE_31ST);
		WardFixture.Resident first = this.ward.residentWithTicket(group);
		this.clock.advance(Duration.ofMinutes(3));
		act(a, first.ticketId(), "/claim", null);
		this.clock.advance(Duration.ofMinutes(20));
		act(a, first.ticketId(), "/replies", Map.of("text", "Dạ, bác mở ứng dụng ngân hàng giúp cháu ạ."));
		this.clock.advance(Duration.ofMinutes(10));
		act(a, first.ticketId(), "/resolve", Map.of("note", "Đã hướng dẫn"));
		this.client.chat(first.session(), "Có ích");

		WardFixture.Resident second = this.ward.residentWithTicket(group);
		this.clock.advance(Duration.ofMinutes(16));
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(
					() -> indicators("month", "2025-11-01", group).jsonPath("$.headline.tickets.pastSla").isEqualTo(1));
		act(b, second.ticketId(), "/claim", null);
		this.clock.advance(Duration.ofMinutes(3));
		act(b, second.ticketId(), "/resolve", Map.of("note", ""));
		return new Ward(group, a, b, first, second);
	}

	record Ward(String group, String a, String b, WardFixture.Resident firstResident,
			WardFixture.Resident secondResident) {

		String first() {
			return this.firstResident.ticketId();
		}

		String second() {
			return this.secondResident.ticketId();
		}

	}

	@Test
	void ticketStepsCountOnTheirOwnDayInHanoiTime() {
		Ward w = ticketsAroundMidnight();
		indicators("day", "2025-10-31", w.group()).jsonPath("$.headline.tickets.opened")
			.isEqualTo(1)
			.jsonPath("$.headline.tickets.claimed")
			.isEqualTo(1)
			.jsonPath("$.headline.tickets.claimMedianSeconds")
			.isEqualTo(300)
			.jsonPath("$.headline.tickets.answered")
			.isEqualTo(0)
			.jsonPath("$.headline.tickets.resolved")
			.isEqualTo(0);
		indicators("month", "2025-11-20", w.group()).jsonPath("$.headline.tickets.opened")
			.isEqualTo(1)
			.jsonPath("$.headline.tickets.claimed")
			.isEqualTo(1)
			.jsonPath("$.headline.tickets.claimMedianSeconds")
			.isEqualTo(3600)
			.jsonPath("$.headline.tickets.answered")
			.isEqualTo(1)
			.jsonPath("$.headline.tickets.humanMedianSeconds")
			.isEqualTo(3600)
			.jsonPath("$.headline.tickets.humanP90Seconds")
			.isEqualTo(3600)
			.jsonPath("$.headline.tickets.resolved")
			.isEqualTo(2)
			.jsonPath("$.headline.tickets.resolveMedianSeconds")
			.isEqualTo(3600)
			.jsonPath("$.headline.tickets.pastSla")
			.isEqualTo(1)
			.jsonPath("$.headline.tickets.feedback")
			.isEqualTo(1)
			.jsonPath("$.headline.tickets.helpfulPercent")
			.isEqualTo(100.0)
			.jsonPath("$.channels[?(@.channel == 'webchat')].tickets.resolved")
			.isEqualTo(List.of(2))
			.jsonPath("$.humanResponse[8].count")
			.isEqualTo(1)
			.jsonPath("$.groups[0].tickets.pastSla")
			.isEqualTo(1);
		indicators("quarter", "2025-12-31", w.group()).jsonPath("$.headline.tickets.opened")
			.isEqualTo(2)
			.jsonPath("$.headline.tickets.claimed")
			.isEqualTo(2)
			.jsonPath("$.headline.tickets.claimMedianSeconds")
			.isEqualTo(300)
			.jsonPath("$.headline.tickets.claimP90Seconds")
			.isEqualTo(3600)
			.jsonPath("$.headline.tickets.resolved")
			.isEqualTo(2);
	}

	@Test
	void eachAmbassadorHasTheirOwnNumbersThisMonthAndLast() {
		Ward w = ticketsAroundMidnight();
		ambassador(w.a(), w.a(), "2025-11-14").jsonPath("$.periods[0].label")
			.isEqualTo("Tháng 11/2025")
			.jsonPath("$.periods[0].tickets.claimed")
			.isEqualTo(0)
			.jsonPath("$.periods[0].tickets.answered")
			.isEqualTo(1)
			.jsonPath("$.periods[0].tickets.resolved")
			.isEqualTo(1)
			.jsonPath("$.periods[0].tickets.resolveMedianSeconds")
			.isEqualTo(3600)
			.jsonPath("$.periods[0].tickets.helpfulPercent")
			.isEqualTo(100.0)
			.jsonPath("$.periods[1].label")
			.isEqualTo("Tháng 10/2025")
			.jsonPath("$.periods[1].tickets.claimed")
			.isEqualTo(1)
			.jsonPath("$.periods[1].tickets.claimMedianSeconds")
			.isEqualTo(300);
		ambassador("admin", w.b(), "2025-11-14").jsonPath("$.periods[0].tickets.claimed")
			.isEqualTo(1)
			.jsonPath("$.periods[0].tickets.resolved")
			.isEqualTo(1)
			.jsonPath("$.periods[0].tickets.feedback")
			.isEqualTo(0)
			.jsonPath("$.periods[1].tickets.claimed")
			.isEqualTo(0);
		this.client.staffGet("/api/v1/indicators?period=month&date=2025-11-14")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.ambassadors[?(@.username == '" + w.b() + "')].tickets.claimed")
			.isEqualTo(List.of(1))
			.jsonPath("$.ambassadors[?(@.username == '" + w.a() + "')].name")
			.isEqualTo(List.of("Đại sứ " + w.a()));
	}

	@Test
	void theCsvNamesTheAmbassadorAndTheTicketTimesOnTheCaseThatOpenedIt() {
		Ward w = ticketsAroundMidnight();
		String csv = this.client.staffGet("/api/v1/reports/cases.csv?from=2025-10-31&to=2025-11-01")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		String[] first = row(csv, w.firstResident().question());
		assertThat(first[9]).isEqualTo(w.a());
		assertThat(Double.parseDouble(first[11])).as("first human reply, 23 minutes").isBetween(1380.0, 1390.0);
		assertThat(Double.parseDouble(first[12])).as("resolved, 33 minutes").isBetween(1980.0, 1990.0);
		assertThat(first[13]).isEqualTo("helpful");
		String[] second = row(csv, w.secondResident().question());
		assertThat(second[9]).isEqualTo(w.b());
		assertThat(second[11]).isEmpty();
		assertThat(Double.parseDouble(second[12])).as("resolved, 19 minutes").isBetween(1140.0, 1150.0);
		assertThat(row(csv, w.group())[9]).as("the resident naming their group opened no ticket").isEmpty();
	}

	private static String[] row(String csv, String text) {
		return Arrays.stream(csv.split("\r\n"))
			.filter((line) -> line.endsWith("," + text))
			.findFirst()
			.orElseThrow()
			.split(",", -1);
	}

	@Test
	void anAmbassadorCannotReadAnotherAmbassadorsNumbers() {
		String group = this.ward.group();
		String a = this.ward.ambassador(group);
		String b = this.ward.ambassador(group);
		this.ward.as(a, HttpMethod.GET, "/api/v1/indicators/ambassadors/" + b)
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		this.ward.as(a, HttpMethod.GET, "/api/v1/indicators/tickets").exchange().expectStatus().isForbidden();
	}

	@Test
	void drillsDownToTheTicketsBehindANumber() {
		Ward w = ticketsAroundMidnight();
		assertThat(tickets("date=2025-11-01&ambassador=" + w.a() + "&outcome=resolved")).extracting((t) -> t.get("id"))
			.containsExactly(w.first());
		assertThat(tickets("date=2025-11-01&group=" + w.group() + "&outcome=pastSla")).extracting((t) -> t.get("id"))
			.containsExactly(w.second());
		assertThat(tickets("date=2025-10-01&group=" + w.group() + "&outcome=claimed")).singleElement()
			.satisfies((t) -> assertThat(t).containsEntry("id", w.first()).containsEntry("claimedBy", w.a()));
		assertThat(tickets("period=day&date=2025-10-31&group=" + w.group() + "&outcome=resolved")).isEmpty();
		for (String bad : List.of("outcome=lost", "limit=0", "period=year", "group=t%E1%BB%95")) {
			this.client.staffGet("/api/v1/indicators/tickets?" + bad)
				.exchange()
				.expectStatus()
				.isBadRequest()
				.expectHeader()
				.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		}
	}

	@Test
	void aReleasedClaimNoLongerCountsAndTheQueueFollowsTheTickets() {
		String group = this.ward.group();
		String a = this.ward.ambassador(group);
		this.queue.refresh().block(Duration.ofSeconds(5));
		double waiting = waiting();
		this.clock.setTo(Instant.parse("2025-09-09T02:00:00Z"));
		String id = this.ward.residentWithTicket(group).ticketId();
		assertThat(waitingAfterRefresh()).isEqualTo(waiting + 1);
		act(a, id, "/claim", null);
		assertThat(waitingAfterRefresh()).isEqualTo(waiting);
		indicators("day", "2025-09-09", group).jsonPath("$.headline.tickets.claimed").isEqualTo(1);
		act(a, id, "/release", null);
		assertThat(waitingAfterRefresh()).isEqualTo(waiting + 1);
		indicators("day", "2025-09-09", group).jsonPath("$.headline.tickets.claimed")
			.isEqualTo(0)
			.jsonPath("$.headline.tickets.opened")
			.isEqualTo(1);
		ambassador(a, a, "2025-09-09").jsonPath("$.periods[0].tickets.claimed").isEqualTo(0);
	}

	@Test
	void rebuildingFromTicketsGivesTheSameCountersAsCountingOneChangeAtATime() {
		Ward w = ticketsAroundMidnight();
		this.queue.refresh().block(Duration.ofSeconds(5));
		double waiting = waiting();
		List<Period> periods = List.of(Period.containing(Period.Kind.DAY, LocalDate.parse("2025-10-31")),
				Period.containing(Period.Kind.MONTH, LocalDate.parse("2025-11-01")),
				Period.containing(Period.Kind.QUARTER, LocalDate.parse("2025-11-01")));
		List<IndicatorReport> incremental = reports(periods, w.group());
		List<AmbassadorRow> ambassadors = ambassadors(periods.get(1), w);
		List<String> ids = new ArrayList<>(List.of(CounterIds.QUEUE));
		for (String owner : List.of(w.group(), CounterIds.ambassador(w.a()), CounterIds.ambassador(w.b()))) {
			ids.addAll(List.of("2025-10-31|" + owner, "2025-11-01|" + owner, "2025-10|" + owner, "2025-11|" + owner));
		}
		Map<String, Map<String, Long>> documents = IndicatorsIntegrationTests.counters(this.store, ids);

		this.rebuild.run().block(Duration.ofMinutes(1));

		assertThat(IndicatorsIntegrationTests.counters(this.store, ids)).isEqualTo(documents);
		assertThat(documents.get("2025-11|" + CounterIds.ambassador(w.a()))).containsEntry("tickets.resolved", 1L)
			.containsEntry("tickets.helpful", 1L);
		assertThat(reports(periods, w.group())).isEqualTo(incremental);
		assertThat(ambassadors(periods.get(1), w)).isEqualTo(ambassadors).hasSize(2);
		assertThat(waitingAfterRefresh()).isEqualTo(waiting);
		assertThat(incremental.get(1).headline().tickets().resolved()).isEqualTo(2);
	}

	private void act(String user, String ticket, String path, Map<String, String> body) {
		WebTestClient.RequestBodySpec request = this.ward.as(user, HttpMethod.POST, "/api/v1/tickets/" + ticket + path);
		(body != null ? request.contentType(MediaType.APPLICATION_JSON).bodyValue(body) : request).exchange()
			.expectStatus()
			.isOk();
	}

	private WebTestClient.BodyContentSpec indicators(String period, String date, String group) {
		return this.client.staffGet("/api/v1/indicators?period=" + period + "&date=" + date + "&group=" + group)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody();
	}

	private WebTestClient.BodyContentSpec ambassador(String asUser, String username, String date) {
		return this.ward.as(asUser, HttpMethod.GET, "/api/v1/indicators/ambassadors/" + username + "?date=" + date)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody();
	}

	private List<Map<String, Object>> tickets(String query) {
		return this.client.staffList("/api/v1/indicators/tickets?" + query);
	}

	private double waiting() {
		return this.meters.get("helpdesk.tickets.queue.depth").tag("priority", "normal").gauge().value();
	}

	private double waitingAfterRefresh() {
		this.queue.refresh().block(Duration.ofSeconds(5));
		return waiting();
	}

	private List<AmbassadorRow> ambassadors(Period period, Ward w) {
		return this.reader.report(period, null)
			.block(Duration.ofSeconds(10))
			.ambassadors()
			.stream()
			.filter((row) -> row.username().equals(w.a()) || row.username().equals(w.b()))
			.toList();
	}

	private List<IndicatorReport> reports(List<Period> periods, String group) {
		return periods.stream()
			.map((period) -> this.reader.report(period, group).block(Duration.ofSeconds(10)))
			.toList();
	}

}

package vn.hocvuso.helpdesk.tickets;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import vn.hocvuso.helpdesk.AdjustableClock;
import vn.hocvuso.helpdesk.HelpdeskClient;
import vn.hocvuso.helpdesk.WardFixture;
import vn.hocvuso.helpdesk.HelpdeskIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Unclaimed tickets go ward-wide on time, with a clock the test moves forward. */
@HelpdeskIntegrationTest
@Import(AdjustableClock.Config.class)
@TestPropertySource(properties = "helpdesk.escalation.check-every=100ms")
class TicketDeadlineIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	AdjustableClock clock;

	HelpdeskClient client;

	WardFixture ward;

	@BeforeEach
	void connect() {
		this.client = HelpdeskClient.on(this.port);
		this.ward = new WardFixture(this.client);
	}

	@Test
	void anUnclaimedTicketGoesToTheWholeWardAfterFifteenMinutes() {
		String group = this.ward.group();
		String elsewhere = this.ward.ambassador(this.ward.group());
		String id = this.ward.residentWithTicket(group).ticketId();
		this.clock.advance(Duration.ofMinutes(14));
		await().during(Duration.ofMillis(500))
			.atMost(Duration.ofSeconds(2))
			.untilAsserted(() -> assertThat(ids(elsewhere)).doesNotContain(id));

		this.clock.advance(Duration.ofMinutes(2));
		await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(ids(elsewhere)).contains(id));
		assertThat(this.ward.openTickets(elsewhere)).filteredOn((ticket) -> id.equals(ticket.get("id")))
			.singleElement()
			.satisfies(
					(ticket) -> assertThat(ticket).containsEntry("wardWide", true).containsEntry("state", "WAITING"));
	}

	@Test
	void anUrgentTicketGoesToTheWholeWardAfterFiveMinutes() {
		String group = this.ward.group();
		String elsewhere = this.ward.ambassador(this.ward.group());
		WardFixture.Resident resident = this.ward.residentWithTicket(group);
		this.client.chat(resident.session(), "vậy còn giá xăng thì sao");
		this.clock.advance(Duration.ofMinutes(6));
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(ids(elsewhere)).contains(resident.ticketId()));
	}

	@Test
	void aClaimedTicketStaysWithItsAmbassador() {
		String group = this.ward.group();
		String mine = this.ward.ambassador(group);
		String elsewhere = this.ward.ambassador(this.ward.group());
		String id = this.ward.residentWithTicket(group).ticketId();
		this.ward.as(mine, org.springframework.http.HttpMethod.POST, "/api/v1/tickets/" + id + "/claim")
			.exchange()
			.expectStatus()
			.isOk();
		this.clock.advance(Duration.ofMinutes(30));
		await().during(Duration.ofMillis(500))
			.atMost(Duration.ofSeconds(2))
			.untilAsserted(() -> assertThat(ids(elsewhere)).doesNotContain(id));
	}

	private List<Object> ids(String ambassador) {
		return this.ward.openTickets(ambassador).stream().map((ticket) -> ticket.get("id")).toList();
	}

}

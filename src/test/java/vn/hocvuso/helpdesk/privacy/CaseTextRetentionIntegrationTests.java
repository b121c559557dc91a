package vn.hocvuso.helpdesk.privacy;

import java.time.Duration;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;

import vn.hocvuso.helpdesk.HelpdeskClient;
import vn.hocvuso.helpdesk.HelpdeskIntegrationTest;
import vn.hocvuso.helpdesk.WardFixture;
import vn.hocvuso.helpdesk.cases.CaseTextsStore;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Past {@code helpdesk.retention.case-texts} (24 months) housekeeping removes a case's
 * words; the case, its topic and its outcome stay, so the counts do not change.
 */
@HelpdeskIntegrationTest
class CaseTextRetentionIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	CaseTextsStore caseTexts;

	/** The app's clock, which other tests in this context may have moved. */
	@Autowired
	Clock clock;

	@Test
	void removesWordsOlderThanTheRetentionAndKeepsTheCases() {
		HelpdeskClient client = HelpdeskClient.on(this.port);
		WardFixture ward = new WardFixture(client);
		WardFixture.Resident resident = ward.residentWithTicket(ward.group());
		List<Map<String, Object>> before = cases(ward, resident.ticketId());

		// Other tests in this context may have left older cases: only this resident's are
		// looked at.
		this.caseTexts.removeExpired(this.clock.instant().plus(Duration.ofDays(700))).block();
		assertThat(cases(ward, resident.ticketId())).as("not old enough yet")
			.extracting((supportCase) -> supportCase.get("text"))
			.contains(resident.question());

		assertThat(this.caseTexts.removeExpired(this.clock.instant().plus(Duration.ofDays(731))).block())
			.isGreaterThanOrEqualTo(before.size());
		List<Map<String, Object>> after = cases(ward, resident.ticketId());
		assertThat(after).hasSameSizeAs(before)
			.allSatisfy((supportCase) -> assertThat(supportCase.get("text")).isEqualTo("[nội dung đã xoá]"));
		assertThat(after).extracting((supportCase) -> supportCase.get("topic"))
			.containsExactlyElementsOf(before.stream().map((supportCase) -> supportCase.get("topic")).toList());
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> cases(WardFixture ward, String ticketId) {
		return (List<Map<String, Object>>) ward.as("admin", HttpMethod.GET, "/api/v1/residents/" + ticketId + "/data")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody()
			.get("cases");
	}

}

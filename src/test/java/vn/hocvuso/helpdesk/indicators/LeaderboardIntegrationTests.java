package vn.hocvuso.helpdesk.indicators;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;

import vn.hocvuso.helpdesk.HelpdeskClient;
import vn.hocvuso.helpdesk.HelpdeskIntegrationTest;
import vn.hocvuso.helpdesk.WardFixture;
import vn.hocvuso.helpdesk.cases.CaseStore;
import vn.hocvuso.helpdesk.cases.SupportCase;
import vn.hocvuso.helpdesk.shared.ChannelType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@HelpdeskIntegrationTest
class LeaderboardIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	CaseStore caseRepository;

	HelpdeskClient client;

	CaseSamples samples;

	@BeforeEach
	void connect() {
		this.client = HelpdeskClient.on(this.port);
		this.samples = new CaseSamples(this.caseRepository);
	}

	@Test
	void ranksGroupsByResidentsHelpedThisMonthWithNoPersonalData() {
		String busy = CaseSamples.newGroup();
		String quiet = CaseSamples.newGroup();
		Instant now = Instant.now();
		List<SupportCase> opened = List.of(
				this.samples.answered("resident-an", busy, "vneid.login", ChannelType.ZALO, now, Duration.ofSeconds(1)),
				this.samples.escalated("resident-binh", busy, null, ChannelType.TELEGRAM, now, Duration.ofSeconds(1)),
				this.samples.answered("resident-an", busy, "dvc.submit", ChannelType.ZALO, now, Duration.ofSeconds(1)),
				this.samples.answered("resident-chi", quiet, "scam.otp", ChannelType.WEBCHAT, now,
						Duration.ofSeconds(1)));
		putTargets(Map.of(busy, 4, quiet, 1));

		List<Map<String, Object>> rows = rows();
		Map<String, Object> busyRow = row(rows, busy);
		Map<String, Object> quietRow = row(rows, quiet);
		assertThat(busyRow).containsEntry("residents", 2)
			.containsEntry("target", 4)
			.containsEntry("completionPercent", 50.0);
		assertThat(quietRow).containsEntry("residents", 1).containsEntry("completionPercent", 100.0);
		assertThat((Integer) busyRow.get("rank")).isLessThan((Integer) quietRow.get("rank"));
		assertThat(busyRow).containsOnlyKeys("rank", "group", "name", "residents", "target", "completionPercent",
				"classesHeld", "classAttendees");

		String json = publicGet("/api/public/leaderboard");
		String page = publicGet("/leaderboard");
		assertThat(page).contains(busy, quiet, "/leaderboard/leaderboard.js");
		for (SupportCase supportCase : opened) {
			assertThat(json).doesNotContain(supportCase.residentId(), supportCase.text(), supportCase.id());
			assertThat(page).doesNotContain(supportCase.residentId(), supportCase.text(), supportCase.id());
		}
		assertThat(json).doesNotContain("residentId", "\"text\"", "channel", "topic");
	}

	@Test
	void aResidentWhoNamesTheirGroupAfterSomeChatsCountsForItWithEveryEarlierCase() {
		String group = new WardFixture(this.client).group();
		String session = "named-later-" + System.nanoTime();
		List<String> questions = List.of("cách cài vneid trên điện thoại", "quét mã qr để chuyển tiền thế nào",
				"xwqjf fjwvq");
		Map<String, Object> last = Map.of();
		for (String question : questions) {
			last = this.client.chat(session, question);
		}
		assertThat((String) last.get("reply")).contains("tổ dân phố nào");
		this.client.chat(session, "Tổ thử " + group);

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			assertThat(row(rows(), group)).containsEntry("residents", 1);
			this.client.staffGet("/api/v1/indicators?period=month&group=" + group)
				.exchange()
				.expectBody()
				.jsonPath("$.headline.cases")
				.isEqualTo(questions.size() + 1)
				.jsonPath("$.headline.residents")
				.isEqualTo(1);
		});
	}

	@Test
	void staffCanSwitchThePublicLeaderboardOff() {
		try {
			switchLeaderboard(false);
			this.client.http()
				.get()
				.uri("/leaderboard")
				.exchange()
				.expectStatus()
				.isNotFound()
				.expectBody(String.class)
				.value((page) -> assertThat(page).contains("Bảng xếp hạng đang tạm ẩn").doesNotContain("ranking"));
			this.client.http()
				.get()
				.uri("/api/public/leaderboard")
				.exchange()
				.expectStatus()
				.isNotFound()
				.expectHeader()
				.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		}
		finally {
			switchLeaderboard(true);
		}
		this.client.http().get().uri("/leaderboard").exchange().expectStatus().isOk();
	}

	@Test
	void theDashboardPageNeedsAStaffSignIn() {
		this.client.http()
			.get()
			.uri("/staff/dashboard")
			.exchange()
			.expectStatus()
			.is3xxRedirection()
			.expectHeader()
			.location("/login");
		this.client.staffGet("/staff/dashboard")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((page) -> assertThat(page).contains("Yêu cầu mỗi ngày theo kết quả"));
	}

	@Test
	void pagesLoadChartJsFromTheAppsWebJar() {
		assertThat(publicGet("/leaderboard")).contains("<script src=\"/leaderboard/chart.js\">");
		this.client.http()
			.get()
			.uri("/leaderboard/chart.js")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith("text/javascript")
			.expectBody(String.class)
			.value((script) -> assertThat(script).contains("Chart.js v4."));
	}

	private List<Map<String, Object>> rows() {
		Map<String, Object> board = this.client.http()
			.get()
			.uri("/api/public/leaderboard")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> rows = (List<Map<String, Object>>) board.get("rows");
		return rows;
	}

	private static Map<String, Object> row(List<Map<String, Object>> rows, String group) {
		return rows.stream().filter((row) -> group.equals(row.get("group"))).findFirst().orElseThrow();
	}

	private String publicGet(String uri) {
		return this.client.http()
			.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	private void putTargets(Map<String, Integer> targets) {
		String month = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString().substring(0, 7);
		this.client.http()
			.put()
			.uri("/api/v1/indicators/targets?month=" + month)
			.headers((headers) -> headers.setBasicAuth("admin", HelpdeskIntegrationTest.ADMIN_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(targets)
			.exchange()
			.expectStatus()
			.isOk();
	}

	private void switchLeaderboard(boolean enabled) {
		this.client.http()
			.put()
			.uri("/api/v1/indicators/leaderboard")
			.headers((headers) -> headers.setBasicAuth("admin", HelpdeskIntegrationTest.ADMIN_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("enabled", enabled))
			.exchange()
			.expectStatus()
			.isOk();
	}

}

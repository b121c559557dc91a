package vn.hocvuso.helpdesk.campaigns;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.hocvuso.helpdesk.HelpdeskClient;
import vn.hocvuso.helpdesk.HelpdeskIntegrationTest;
import vn.hocvuso.helpdesk.WardFixture;
import vn.hocvuso.helpdesk.residents.Resident;
import vn.hocvuso.helpdesk.residents.ResidentDirectory;
import vn.hocvuso.helpdesk.shared.ChannelType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Campaign messages through the real WebFlux stack, store and outbox: sent once, only to
 * residents their channel lets the ward reach free, the others counted.
 */
@HelpdeskIntegrationTest
class CampaignMessagesIntegrationTests {

	static final String THEME = "Tháng an toàn trên không gian mạng";

	@LocalServerPort
	int port;

	@Autowired
	ResidentDirectory residents;

	HelpdeskClient client;

	WardFixture ward;

	@BeforeEach
	void connect() {
		this.client = HelpdeskClient.on(this.port);
		this.ward = new WardFixture(this.client);
	}

	@Test
	void aCampaignMessageReachesResidentsTheirChannelCarriesFreeOnceAndCountsTheOthers() {
		String group = this.ward.group();
		WardFixture.Resident chatting = this.ward.residentWithTicket(group);
		Resident quiet = this.residents.identify(ChannelType.MESSENGER, "psid-" + new ObjectId()).block();
		this.residents.setGroup(quiet, group).block();
		this.residents.heard(quiet.id(), "mid-" + new ObjectId(), Instant.now().minus(Duration.ofDays(3))).block();
		WardFixture.Resident elsewhere = this.ward.residentWithTicket(this.ward.group());

		Map<String, Object> draft = body(
				create(Map.of("theme", THEME, "text", "Không bấm vào đường link lạ.\nKhông đọc mã OTP cho ai.",
						"groupCodes", List.of(group)))
					.expectStatus()
					.isCreated());
		assertThat((String) draft.get("message")).startsWith(THEME + "\n\n").contains("Không đọc mã OTP cho ai");
		assertThat((String) draft.get("copyText")).contains(THEME, "Không bấm vào đường link lạ");
		assertThat(draft.get("sentAt")).isNull();

		String id = (String) draft.get("id");
		Map<String, Object> sent = body(this.ward.as("admin", HttpMethod.POST, "/api/v1/campaigns/" + id + "/send")
			.exchange()
			.expectStatus()
			.isOk());
		assertThat(sent).containsEntry("queued", 1).containsEntry("notReachable", 1);
		assertThat(sent.get("sentAt")).isNotNull();
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.client.mailbox(chatting.session()))
				.anySatisfy((text) -> assertThat(text).startsWith(THEME)));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(body(
					this.ward.as("admin", HttpMethod.GET, "/api/v1/campaigns/" + id).exchange().expectStatus().isOk()))
				.containsEntry("delivery", Map.of("SENT", 1)));
		assertThat(this.client.mailbox(elsewhere.session())).as("another group's resident")
			.noneSatisfy((text) -> assertThat(text).startsWith(THEME));

		this.ward.as("admin", HttpMethod.POST, "/api/v1/campaigns/" + id + "/send")
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(this.client.mailbox(chatting.session())).filteredOn((text) -> text.startsWith(THEME))
			.as("sent once")
			.hasSize(1);
	}

	@Test
	void refusesBadCampaignsWithAProblemAndLetsOnlyStaffWriteThem() {
		String group = this.ward.group();
		problem(create(Map.of("theme", " ", "text", "Nội dung")), 400, "'theme'");
		problem(create(Map.of("theme", THEME, "text", "x".repeat(1_501))), 400, "'text'");
		problem(create(Map.of("theme", THEME, "text", "Nội dung", "groupCodes", List.of("KHONG-CO"))), 400, "KHONG-CO");
		problem(create(Map.of("theme", "Dòng một\u0007", "text", "Nội dung")), 400, "'theme'");
		problem(this.ward.as("admin", HttpMethod.POST, "/api/v1/campaigns/khong-co/send").exchange(), 404,
				"Không có tin");
		String ambassador = this.ward.ambassador(group);
		this.ward.as(ambassador, HttpMethod.POST, "/api/v1/campaigns")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("theme", THEME, "text", "Nội dung"))
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	private WebTestClient.ResponseSpec create(Map<String, Object> form) {
		return this.ward.as("admin", HttpMethod.POST, "/api/v1/campaigns")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(form)
			.exchange();
	}

	private static Map<String, Object> body(WebTestClient.ResponseSpec response) {
		return response.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
		}).returnResult().getResponseBody();
	}

	private static void problem(WebTestClient.ResponseSpec response, int status, String said) {
		response.expectStatus()
			.isEqualTo(status)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody(String.class)
			.value((body) -> assertThat(body).contains(said));
	}

}

package vn.hocvuso.helpdesk.channel.zalo;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.micrometer.core.instrument.MeterRegistry;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.util.UriComponentsBuilder;

import vn.hocvuso.helpdesk.ConsoleSession;
import vn.hocvuso.helpdesk.HelpdeskClient;
import vn.hocvuso.helpdesk.delivery.OutboxEntry;
import vn.hocvuso.helpdesk.delivery.ReplyDelivery;

import com.mongodb.reactivestreams.client.MongoDatabase;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OA after a crash between Zalo's refresh answer and the store write: the store still
 * holds the refresh token Zalo already spent, so Zalo refuses it (-14014). The channel is
 * marked "cần kết nối lại" on every staff surface, replies wait, and staff reconnect it
 * with Zalo's authorization (PKCE, state bound to their session); then the waiting
 * replies go out at once.
 */
@ZaloIntegrationTest
@TestPropertySource(properties = "helpdesk.channels.zalo.refresh-min-interval=0s")
class ZaloReconnectIntegrationTests extends ZaloStandIn {

	static final String CALLBACK = "/staff/channels/zalo/callback";

	@LocalServerPort
	int port;

	@Autowired
	ReplyDelivery delivery;

	@Autowired
	MongoDatabase database;

	@Autowired
	MeterRegistry meters;

	@Autowired
	ZaloTokens tokens;

	@BeforeEach
	void zaloHasSpentTheStoredRefreshToken() {
		this.tokens.connect(new ZaloTokens.Tokens("token-1", "refresh-1"), java.time.Instant.now().plusSeconds(3600))
			.block();
		zalo.resetAll();
		zalo.stubFor(post(urlEqualTo(SEND)).withHeader("access_token", equalTo("token-1"))
			.willReturn(json(ZaloSamples.raw("send_cs.error-216"))));
		zalo.stubFor(post(urlEqualTo(REFRESH)).withRequestBody(containing("grant_type=refresh_token"))
			.willReturn(json("{\"error\":-14014,\"message\":\"Invalid refresh token\"}")));
		zalo.stubFor(post(urlEqualTo(SEND)).withHeader("access_token", equalTo("oa-access-2")).willReturn(accepted()));
		zalo.stubFor(post(urlEqualTo(REFRESH)).withRequestBody(containing("grant_type=authorization_code"))
			.withRequestBody(containing("code=code-from-zalo"))
			.willReturn(json("{\"access_token\":\"oa-access-2\",\"refresh_token\":\"oa-refresh-2\","
					+ "\"expires_in\":\"90000\"}")));
	}

	@Test
	void aRefusedRefreshTokenKeepsRepliesWaitingUntilStaffReconnectTheOa() throws Exception {
		ZaloOutbox outbox = new ZaloOutbox(this.delivery, this.database);
		String resident = outbox.enqueue("Dạ, bác cài VNeID như sau ạ.");
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> channelProblems().size() == 1);
		assertThat(channelProblems().get(0)).containsEntry("channel", "zalo")
			.containsEntry("fixAt", "/staff/zalo.html")
			.hasEntrySatisfying("problem", (problem) -> assertThat((String) problem).contains("cần kết nối lại"));
		assertThat(this.meters.get("helpdesk.channel.needs.staff").tag("channel", "zalo").gauge().value())
			.isEqualTo(1.0);
		HelpdeskClient.on(this.port, "zalo-admin")
			.staffGet("/actuator/health")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.components.channels.status")
			.isEqualTo("DEGRADED");
		Thread.sleep(1500);
		assertThat(this.delivery.status(ZaloOutbox.replyId(resident)).block()).isEqualTo(OutboxEntry.Status.PENDING);
		zalo.verify(1, postRequestedFor(urlEqualTo(REFRESH)).withRequestBody(containing("grant_type=refresh_token")));

		ConsoleSession staff = ConsoleSession.signIn(this.port, "admin", "zalo-admin");
		URI permission = startAuthorization(staff);
		Map<String, String> query = UriComponentsBuilder.fromUri(permission)
			.build()
			.getQueryParams()
			.toSingleValueMap();
		assertThat(permission.toString()).startsWith(zalo.baseUrl() + "/v4/oa/permission?");
		assertThat(query).containsEntry("app_id", ZaloSamples.APP_ID)
			.containsEntry("redirect_uri", "http://localhost:" + this.port + CALLBACK);
		staff.http()
			.get()
			.uri(CALLBACK + "?code=code-from-zalo&state={state}", query.get("state"))
			.exchange()
			.expectStatus()
			.isSeeOther()
			.expectHeader()
			.location("/staff/zalo.html?ket-qua=da-ket-noi");

		LoggedRequest exchange = zalo
			.findAll(postRequestedFor(urlEqualTo(REFRESH)).withRequestBody(containing("grant_type=authorization_code")))
			.get(0);
		assertThat(exchange.getHeader("secret_key")).isEqualTo("test-app-secret");
		String verifier = UriComponentsBuilder.fromUriString("/?" + exchange.getBodyAsString())
			.build()
			.getQueryParams()
			.getFirst("code_verifier");
		assertThat(verifier).hasSize(43);
		assertThat(challengeOf(verifier)).isEqualTo(query.get("code_challenge"));
		outbox.awaitStatus(resident, OutboxEntry.Status.SENT);
		assertThat(channelProblems()).isEmpty();
		staff.get("/api/v1/channels/zalo")
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.state")
			.isEqualTo("CONNECTED")
			.jsonPath("$.expiresAt")
			.exists()
			.jsonPath("$.accessToken")
			.doesNotExist();
	}

	@Test
	void aCallbackWhoseStateIsNotThisSessionsIsRefusedAndUsedUp() {
		ConsoleSession staff = ConsoleSession.signIn(this.port, "admin", "zalo-admin");
		String state = UriComponentsBuilder.fromUri(startAuthorization(staff))
			.build()
			.getQueryParams()
			.getFirst("state");
		ConsoleSession other = ConsoleSession.signIn(this.port, "admin", "zalo-admin");
		other.http()
			.get()
			.uri(CALLBACK + "?code=code-from-zalo&state={state}", state)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		staff.http().get().uri(CALLBACK + "?code=code-from-zalo&state=forged").exchange().expectStatus().isBadRequest();
		staff.http()
			.get()
			.uri(CALLBACK + "?code=code-from-zalo&state={state}", state)
			.exchange()
			.expectStatus()
			.isBadRequest();
		zalo.verify(0,
				postRequestedFor(urlEqualTo(REFRESH)).withRequestBody(containing("grant_type=authorization_code")));
	}

	@Test
	void aTokenPairEnteredByStaffReplacesTheStoredOneAndBlankOnesAreRefused() {
		ConsoleSession staff = ConsoleSession.signIn(this.port, "admin", "zalo-admin");
		staff.post("/api/v1/channels/zalo/tokens", Map.of("accessToken", "  ", "refreshToken", "x"))
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		staff.post("/api/v1/channels/zalo/tokens", Map.of("accessToken", "a b", "refreshToken", "x"))
			.expectStatus()
			.isBadRequest();
		staff.post("/api/v1/channels/zalo/tokens", Map.of("accessToken", "oa-access-2", "refreshToken", "oa-refresh-2"))
			.expectStatus()
			.isNoContent();
		ZaloOutbox outbox = new ZaloOutbox(this.delivery, this.database);
		String resident = outbox.enqueue("Dạ, cháu gửi bác hướng dẫn ạ.");
		outbox.awaitStatus(resident, OutboxEntry.Status.SENT);
		assertThat(textsSentTo(resident)).hasSize(1);
	}

	private static URI startAuthorization(ConsoleSession staff) {
		return staff.http()
			.get()
			.uri("/staff/channels/zalo/connect")
			.exchange()
			.expectStatus()
			.isFound()
			.returnResult(Void.class)
			.getResponseHeaders()
			.getLocation();
	}

	private List<Map<String, Object>> channelProblems() {
		return HelpdeskClient.on(this.port, "zalo-admin").staffList("/api/v1/channels/problems");
	}

	private static String challengeOf(String verifier) throws Exception {
		byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
		return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
	}

}

package vn.hocvuso.helpdesk.channel.zalo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.mongodb.client.model.Filters;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import vn.hocvuso.helpdesk.AdjustableClock;
import vn.hocvuso.helpdesk.HelpdeskClient;
import vn.hocvuso.helpdesk.delivery.OutboxEntry;
import vn.hocvuso.helpdesk.delivery.Reply;
import vn.hocvuso.helpdesk.delivery.ReplyDelivery;
import vn.hocvuso.helpdesk.ConsoleSession;
import vn.hocvuso.helpdesk.shared.ChannelType;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The send side against WireMock faults: what is sent, how often, and where the outbox
 * ends.
 */
@ZaloIntegrationTest
@Import(AdjustableClock.Config.class)
class ZaloDeliveryIntegrationTests extends ZaloStandIn {

	@LocalServerPort
	int port;

	@Autowired
	ReplyDelivery delivery;

	@Autowired
	MongoDatabase database;

	@Autowired
	AdjustableClock clock;

	ZaloOutbox outbox;

	@BeforeEach
	void resetZalo() {
		this.outbox = new ZaloOutbox(this.delivery, this.database);
		zalo.resetAll();
		this.clock.reset();
	}

	@Test
	void anOutageLongerThanManyRetriesIsRiddenOutAndEveryReplyIsSentWhenZaloIsBack() {
		zalo.stubFor(post(urlEqualTo(SEND)).willReturn(aResponse().withStatus(500)));
		List<String> users = IntStream.range(0, 5)
			.mapToObj((i) -> this.outbox.enqueue("Dạ, bác cài VNeID như sau ạ."))
			.toList();
		Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> users.stream().allMatch((user) -> attempts(user) > 12));
		assertThat(users).allSatisfy((user) -> assertThat(this.delivery.status(ZaloOutbox.replyId(user)).block())
			.isIn(OutboxEntry.Status.PENDING, OutboxEntry.Status.SENDING));
		assertThat(HelpdeskClient.on(this.port, "zalo-admin").staffList("/api/v1/outbox"))
			.filteredOn((channel) -> "zalo".equals(channel.get("channel")))
			.singleElement()
			.satisfies((zaloOutbox) -> assertThat(((Number) zaloOutbox.get("waiting")).longValue())
				.isGreaterThanOrEqualTo(users.size()))
			.satisfies((zaloOutbox) -> assertThat(zaloOutbox).containsEntry("name", "Zalo"));
		zalo.resetAll();
		zalo.stubFor(post(urlEqualTo(SEND)).willReturn(accepted()));
		users.forEach((user) -> this.outbox.awaitStatus(user, OutboxEntry.Status.SENT));
	}

	@Test
	void aBotAnswerStillUnsentWhenZalosReplyWindowEndsGoesToAPerson() {
		zalo.stubFor(post(urlEqualTo(SEND)).willReturn(aResponse().withStatus(503)));
		ObjectNode event = ZaloSamples.text("9" + System.nanoTime(), "cai vneid o dau");
		ZaloSamples.deliver(HelpdeskClient.on(this.port, "zalo-admin").http(), event).expectStatus().isOk();
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> sendsTo(ZaloSamples.senderId(event)) >= 2);
		this.clock.advance(Duration.ofDays(7).plusHours(1));
		Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			Document stored = Mono
				.from(this.database.getCollection("cases")
					.find(Filters.eq("messageId", ZaloSamples.messageId(event)))
					.first())
				.block(Duration.ofSeconds(5));
			assertThat(stored.getString("deliveryProblem"))
				.startsWith("not delivered within the channel's reply window");
			assertThat(stored.getString("status")).isEqualTo("ESCALATED");
		});
	}

	@Test
	void aReplyMoreThan48HoursAfterTheResidentLastWroteIsNotSentAsAPaidMessage() {
		zalo.stubFor(post(urlEqualTo(SEND)).willReturn(accepted()));
		String late = ZaloOutbox.newResident();
		String inTime = ZaloOutbox.newResident();
		this.delivery.enqueue(heardAgo(late, Duration.ofHours(49))).block(Duration.ofSeconds(5));
		this.delivery.enqueue(heardAgo(inTime, Duration.ofHours(47))).block(Duration.ofSeconds(5));
		this.outbox.awaitStatus(late, OutboxEntry.Status.UNDELIVERABLE);
		this.outbox.awaitStatus(inTime, OutboxEntry.Status.SENT);
		assertThat(sendsTo(late)).isZero();
		assertThat(this.outbox.entry(late).getString("lastError")).contains("PT48H");
	}

	@Test
	void onceStaffAllowPaidRepliesOnTheZaloPageALateReplyIsSentAndAnEmptyChoiceIsRefused() {
		zalo.stubFor(post(urlEqualTo(SEND)).willReturn(accepted()));
		ConsoleSession staff = ConsoleSession.signIn(this.port, "admin", "zalo-admin");
		staff.change(HttpMethod.PUT, "/api/v1/channels/zalo/paid-replies", Map.of())
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		try {
			staff.change(HttpMethod.PUT, "/api/v1/channels/zalo/paid-replies", Map.of("allowed", true))
				.expectStatus()
				.isNoContent();
			staff.get("/api/v1/channels/zalo").expectBody().jsonPath("$.paidReplies").isEqualTo(true);
			String late = ZaloOutbox.newResident();
			this.delivery.enqueue(heardAgo(late, Duration.ofHours(49))).block(Duration.ofSeconds(5));
			this.outbox.awaitStatus(late, OutboxEntry.Status.SENT);
		}
		finally {
			staff.change(HttpMethod.PUT, "/api/v1/channels/zalo/paid-replies", Map.of("allowed", false))
				.expectStatus()
				.isNoContent();
		}
		staff.get("/api/v1/channels/zalo").expectBody().jsonPath("$.paidReplies").isEqualTo(false);
		String lateAgain = ZaloOutbox.newResident();
		this.delivery.enqueue(heardAgo(lateAgain, Duration.ofHours(49))).block(Duration.ofSeconds(5));
		this.outbox.awaitStatus(lateAgain, OutboxEntry.Status.UNDELIVERABLE);
	}

	private Reply heardAgo(String user, Duration ago) {
		return new Reply(ZaloOutbox.replyId(user), ChannelType.ZALO, user, null, "Dạ, cháu trả lời bác ạ.", List.of(),
				null, this.clock.instant().minus(ago));
	}

	@Test
	void aServerErrorIsRetriedUntilItIsSent() {
		failFirstThenSucceed(aResponse().withStatus(500));
		String user = this.outbox.enqueue("Dạ, bác cài VNeID như sau ạ.");
		this.outbox.awaitStatus(user, OutboxEntry.Status.SENT);
		assertThat(sendsTo(user)).isEqualTo(2);
	}

	@Test
	void aTimeoutIsRetried() {
		failFirstThenSucceed(accepted().withFixedDelay(2000));
		String user = this.outbox.enqueue("Dạ, bác cài VNeID như sau ạ.");
		this.outbox.awaitStatus(user, OutboxEntry.Status.SENT);
		assertThat(sendsTo(user)).isGreaterThanOrEqualTo(2);
	}

	@Test
	void aConnectionResetIsRetried() {
		failFirstThenSucceed(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
		String user = this.outbox.enqueue("Dạ, bác cài VNeID như sau ạ.");
		this.outbox.awaitStatus(user, OutboxEntry.Status.SENT);
		assertThat(sendsTo(user)).isEqualTo(2);
	}

	@Test
	void aRateLimitIsRetriedLater() {
		failFirstThenSucceed(json("{\"error\":-32,\"message\":\"Request exceeds rate limit\"}"));
		String user = this.outbox.enqueue("Dạ, bác cài VNeID như sau ạ.");
		this.outbox.awaitStatus(user, OutboxEntry.Status.SENT);
		assertThat(sendsTo(user)).isEqualTo(2);
	}

	@Test
	void anInvalidTokenIsRefreshedOnceForManyConcurrentSenders() {
		zalo.stubFor(post(urlEqualTo(SEND)).withHeader("access_token", equalTo("token-1"))
			.willReturn(json(ZaloSamples.raw("send_cs.error-216"))));
		zalo.stubFor(post(urlEqualTo(SEND))
			.withHeader("access_token", equalTo("RfBh5NdqsWzhcX8bDDe_1A463Z34Fhy1GVi63AoTU1InwujqF"))
			.willReturn(accepted()));
		zalo.stubFor(post(urlEqualTo(REFRESH))
			.willReturn(json(ZaloSamples.raw("oauth_refresh.success.docs-sample")).withFixedDelay(300)));
		List<String> users = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			users.add("user-" + UUID.randomUUID());
		}
		Flux.fromIterable(users)
			.flatMap((user) -> this.delivery.enqueue(ZaloOutbox.reply(user, "Dạ, cháu trả lời bác ạ.")))
			.blockLast(Duration.ofSeconds(10));
		users.forEach((user) -> this.outbox.awaitStatus(user, OutboxEntry.Status.SENT));
		zalo.verify(1,
				postRequestedFor(urlEqualTo(REFRESH)).withHeader("secret_key", equalTo("test-app-secret"))
					.withRequestBody(containing("refresh_token=refresh-1"))
					.withRequestBody(containing("grant_type=refresh_token"))
					.withRequestBody(containing("app_id=" + ZaloSamples.APP_ID)));
		Document stored = Mono
			.from(this.database.getCollection("channel_tokens").find(Filters.eq("_id", "zalo")).first())
			.block(Duration.ofSeconds(5));
		assertThat(stored.getString("refreshToken")).isEqualTo("L2Y2BO9Prn_I1SkM08T4J99bZQYVbOBPfTVeRgrLdPK4ZqGX9G");
	}

	@Test
	void aResidentOutsideTheReplyWindowIsNotRetriedAndTheCaseGoesToAPerson() {
		zalo.stubFor(post(urlEqualTo(SEND)).willReturn(json(ZaloSamples.raw("send_cs.error-230.logged"))));
		ObjectNode event = ZaloSamples.text("cai vneid o dau");
		ZaloSamples.deliver(HelpdeskClient.on(this.port, "zalo-admin").http(), event).expectStatus().isOk();
		Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			Document stored = Mono
				.from(this.database.getCollection("cases")
					.find(Filters.eq("messageId", ZaloSamples.messageId(event)))
					.first())
				.block(Duration.ofSeconds(5));
			assertThat(stored).isNotNull();
			assertThat(stored.getString("deliveryProblem")).startsWith("zalo error -230");
			assertThat(stored.getString("status")).isEqualTo("ESCALATED");
		});
		Awaitility.await()
			.pollDelay(Duration.ofMillis(700))
			.atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(sendsTo(ZaloSamples.senderId(event))).isEqualTo(1));
	}

	private void failFirstThenSucceed(com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder failure) {
		zalo.stubFor(post(urlEqualTo(SEND)).inScenario("flaky")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(failure)
			.willSetStateTo("recovered"));
		zalo.stubFor(
				post(urlEqualTo(SEND)).inScenario("flaky").whenScenarioStateIs("recovered").willReturn(accepted()));
	}

	private int attempts(String user) {
		return this.outbox.entry(user).getInteger("attempts", 0);
	}

}

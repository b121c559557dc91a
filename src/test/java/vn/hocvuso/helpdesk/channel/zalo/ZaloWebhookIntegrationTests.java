package vn.hocvuso.helpdesk.channel.zalo;

import java.time.Duration;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.mongodb.client.model.Filters;
import com.mongodb.reactivestreams.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Mono;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.hocvuso.helpdesk.ChannelProbe;
import vn.hocvuso.helpdesk.HelpdeskClient;
import vn.hocvuso.helpdesk.inbox.Inbox;
import vn.hocvuso.helpdesk.shared.ChannelType;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Zalo's recorded webhook payloads through real HTTP; WireMock stands in for Zalo's send
 * API.
 */
@ZaloIntegrationTest
class ZaloWebhookIntegrationTests {

	static final String SEND = "/v3.0/oa/message/cs";

	@RegisterExtension
	static WireMockExtension zalo = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	@DynamicPropertySource
	static void zaloUrls(DynamicPropertyRegistry registry) {
		registry.add("helpdesk.channels.zalo.api-base-url", zalo::baseUrl);
		registry.add("helpdesk.channels.zalo.oauth-base-url", zalo::baseUrl);
	}

	@LocalServerPort
	int port;

	@Autowired
	Inbox inbox;

	@Autowired
	MongoDatabase database;

	@Autowired
	MeterRegistry meters;

	WebTestClient http;

	@BeforeEach
	void connect() {
		this.http = HelpdeskClient.on(this.port, "zalo-admin").http();
		zalo.stubFor(post(urlEqualTo(SEND)).willReturn(aResponse().withHeader("Content-Type", "application/json")
			.withBody(ZaloSamples.raw("send_cs.success.docs-sample"))));
	}

	@Test
	void answersAResidentsTextThroughTheZaloApiKeepingLongIdsExact() {
		ObjectNode event = ZaloSamples.text("cai vneid o dau");
		deliver(event).expectStatus().isOk();
		awaitSends(1, ZaloSamples.senderId(event));
		zalo.verify(postRequestedFor(urlEqualTo(SEND)).withHeader("access_token", equalTo("token-1"))
			.withRequestBody(ZaloSamples.reaches("246845883529197922"))
			.withRequestBody(matchingJsonPath("$.message.text",
					com.github.tomakehurst.wiremock.client.WireMock.containing("VNeID"))));
	}

	@Test
	void anInboxStoppedAndStartedAgainProcessesNewEventsAtOnce() {
		this.inbox.stop();
		this.inbox.start();
		ObjectNode event = ZaloSamples.text("9" + System.nanoTime(), "cai vneid o dau");
		deliver(event).expectStatus().isOk();
		// Well before the sweep would take it (events older than the 30 s lease).
		awaitSends(1, ZaloSamples.senderId(event));
	}

	@Test
	void aRetriedEventGivesOneCaseAndOneReply() {
		ObjectNode event = ZaloSamples.text("quen mat khau vneid");
		for (int i = 0; i < 3; i++) {
			deliver(event).expectStatus().isOk();
		}
		awaitSends(1, ZaloSamples.senderId(event));
		Awaitility.await()
			.pollDelay(Duration.ofMillis(500))
			.atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(probe().countCases(Filters.eq("messageId", ZaloSamples.messageId(event))))
				.isEqualTo(1));
		assertThat(sendsTo(ZaloSamples.senderId(event))).isEqualTo(1);
	}

	@Test
	void refusesMissingAndWrongSignaturesAndStoresNothing() {
		ObjectNode event = ZaloSamples.text("cai vneid");
		byte[] body = ZaloSamples.bytes(event);
		double before = probe().rejected("missing_signature") + probe().rejected("bad_signature");
		this.http.post()
			.uri("/webhooks/zalo")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		String tampered = ZaloSamples.signature(ZaloSamples.bytes(ZaloSamples.text("something else")), event);
		this.http.post()
			.uri("/webhooks/zalo")
			.contentType(MediaType.APPLICATION_JSON)
			.header("X-ZEvent-Signature", tampered)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isUnauthorized();
		assertThat(this.inbox.status(ChannelType.ZALO, ZaloSamples.messageId(event)).blockOptional()).isEmpty();
		assertThat(probe().rejected("missing_signature") + probe().rejected("bad_signature")).isEqualTo(before + 2);
	}

	@Test
	void refusesMalformedAndOversizedBodies() {
		this.http.post()
			.uri("/webhooks/zalo")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"event_name\": ")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		ObjectNode huge = ZaloSamples.text("a".repeat(70_000));
		deliver(huge).expectStatus().isEqualTo(413);
	}

	@Test
	void aPictureGoesToAPersonWithItsLinkAndTheResidentIsToldPolitely() {
		ObjectNode event = ZaloSamples.sample("user_send_image.console-test");
		deliver(event).expectStatus().isOk();
		awaitSends(1, ZaloSamples.senderId(event));
		Document stored = probe().awaitCase(ZaloSamples.messageId(event));
		assertThat(stored.getString("status")).isEqualTo("ESCALATED");
		assertThat(stored.getString("escalationReason")).isEqualTo("ATTACHMENT");
		assertThat(stored.getList("attachmentUrls", String.class)).containsExactly("url_to_thumbnail");
	}

	@Test
	void aStickerGetsAPoliteRequestToTypeWithoutEscalation() {
		ObjectNode event = ZaloSamples.sample("user_send_sticker.console-test");
		deliver(event).expectStatus().isOk();
		awaitSends(1, ZaloSamples.senderId(event));
		assertThat(probe().awaitCase(ZaloSamples.messageId(event)).getString("status")).isEqualTo("ANSWERED");
	}

	@Test
	void aSharedPlaceGoesToAPersonWithAMapLinkOnTheTicket() {
		ObjectNode event = ZaloSamples.sample("user_send_location.docs-shape");
		deliver(event).expectStatus().isOk();
		awaitSends(1, "4339761418830368433");
		Document stored = probe().awaitCase(ZaloSamples.messageId(event));
		assertThat(stored.getString("status")).isEqualTo("ESCALATED");
		assertThat(stored.getList("attachmentUrls", String.class))
			.containsExactly("https://www.google.com/maps/search/?api=1&query=10.7642473,106.6564313");
	}

	@Test
	void aNewFollowerIsWelcomedWithTheMostAskedTopicsAsButtons() {
		ObjectNode event = ZaloSamples.sample("follow.captured");
		deliver(event).expectStatus().isOk();
		awaitSends(1, "8958041078911298472");
		zalo.verify(1, postRequestedFor(urlEqualTo(SEND))
			.withRequestBody(matchingJsonPath("$.recipient.user_id", equalTo("8958041078911298472")))
			.withRequestBody(
					matchingJsonPath("$.message.attachment.payload.buttons[?(@.title == 'Cài đặt ứng dụng VNeID' "
							+ "&& @.type == 'oa.query.show')]"))
			.withRequestBody(matchingJsonPath("$.message.text", notContaining("• "))));
	}

	@Test
	void aBotAnswerIsAReplyToTheResidentsMessage() {
		ObjectNode event = ZaloSamples.text("7100000000000000042", "cai vneid o dau");
		deliver(event).expectStatus().isOk();
		awaitSends(1, "7100000000000000042");
		zalo.verify(1,
				postRequestedFor(urlEqualTo(SEND))
					.withRequestBody(matchingJsonPath("$.recipient.message_id", equalTo(ZaloSamples.messageId(event))))
					.withRequestBody(matchingJsonPath("$.recipient.user_id", absent())));
	}

	@Test
	void anUnfollowIsNotedOnTheResident() {
		ObjectNode event = ZaloSamples.sample("follow.captured");
		event.put("event_name", "unfollow");
		event.putObject("follower").put("id", "8958041078911290001");
		deliver(event).expectStatus().isOk();
		Awaitility.await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
			Document resident = Mono
				.from(this.database.getCollection("residents")
					.find(Filters.eq("channelUserId", "8958041078911290001"))
					.first())
				.block(Duration.ofSeconds(5));
			assertThat(resident).isNotNull();
			assertThat(resident.getBoolean("following")).isFalse();
		});
	}

	@Test
	void echoesReceiptsUnknownAndIncompleteEventsAreAcknowledgedCountedAndSkipped() {
		ObjectNode echo = ZaloSamples.sample("oa_send_text.console-test");
		ObjectNode seen = ZaloSamples.sample("user_send_text.console-test");
		seen.put("event_name", "user_seen_message");
		ObjectNode unknown = ZaloSamples.sample("user_send_text.console-test");
		unknown.put("event_name", "user_sent_hologram");
		ObjectNode anonymous = ZaloSamples.sample("user_send_text.console-test");
		anonymous.put("event_name", "anonymous_send_text");
		double unknownBefore = probe().ignored("unknown");
		double echoesBefore = probe().ignored("oa_send_text");
		for (ObjectNode event : new ObjectNode[] { echo, seen, unknown, anonymous }) {
			deliver(event).expectStatus().isOk();
		}
		Awaitility.await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
			assertThat(this.inbox.status(ChannelType.ZALO, ZaloSamples.messageId(unknown)).block())
				.isEqualTo("PROCESSED");
			assertThat(probe().ignored("unknown")).as("an unknown event, and an anonymous one without a conversation")
				.isEqualTo(unknownBefore + 2);
			assertThat(probe().ignored("oa_send_text")).as("the bot's own echo").isEqualTo(echoesBefore + 1);
		});
		assertThat(probe().countCases(Filters.in("messageId", ZaloSamples.messageId(echo), ZaloSamples.messageId(seen),
				ZaloSamples.messageId(unknown), ZaloSamples.messageId(anonymous))))
			.isZero();
	}

	@Test
	void aPersonWhoDoesNotFollowTheOaIsAnsweredInTheirAnonymousConversation() {
		String anonymousId = "a" + System.nanoTime();
		ObjectNode event = ZaloSamples.text(anonymousId, "cho hỏi cài vneid ở đâu");
		event.put("event_name", "anonymous_send_text");
		((ObjectNode) event.get("message")).put("conversation_id", "conv-" + anonymousId);
		deliver(event).expectStatus().isOk();

		Document stored = probe().awaitCase(ZaloSamples.messageId(event));
		assertThat(stored.getString("decision")).isEqualTo("answer");
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(zalo.findAll(postRequestedFor(urlEqualTo(SEND))
				.withRequestBody(matchingJsonPath("$.recipient.anonymous_id", equalTo(anonymousId)))
				.withRequestBody(matchingJsonPath("$.recipient.conversation_id", equalTo("conv-" + anonymousId)))))
				.hasSize(1));
	}

	@Test
	void aMessageWithABlankSenderOrMessageIdIsCountedAndSkippedAndTheNextIsAnswered() {
		ObjectNode blankSender = ZaloSamples.text("   ", "cai vneid o dau");
		ObjectNode blankMessageId = ZaloSamples.text("cai vneid o dau");
		((ObjectNode) blankMessageId.path("message")).put("msg_id", "   ");
		ObjectNode next = ZaloSamples.text("9" + System.nanoTime(), "quen mat khau vneid");
		double unknownBefore = probe().ignored("unknown");
		for (ObjectNode event : new ObjectNode[] { blankSender, blankMessageId, next }) {
			deliver(event).expectStatus().isOk();
		}
		awaitSends(1, ZaloSamples.senderId(next));
		Awaitility.await()
			.atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(probe().ignored("unknown")).isEqualTo(unknownBefore + 2));
		assertThat(this.inbox.status(ChannelType.ZALO, ZaloSamples.messageId(blankSender)).block())
			.isEqualTo("PROCESSED");
	}

	@Test
	void anEventThatBreaksItsHandlerDoesNotStopTheEventsAfterIt() {
		this.inbox.accept(ChannelType.ZALO, "corrupt-" + java.util.UUID.randomUUID(), "{ not json")
			.block(Duration.ofSeconds(5));
		ObjectNode next = ZaloSamples.text("cai vneid o dau");
		deliver(next).expectStatus().isOk();
		awaitSends(1, ZaloSamples.senderId(next));
		assertThat(this.inbox.status(ChannelType.ZALO, ZaloSamples.messageId(next)).block()).isEqualTo("PROCESSED");
	}

	@Test
	void theHomePageCarriesZalosDomainVerificationTag() {
		this.http.get()
			.uri("/")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((page) -> assertThat(page)
				.contains("<meta name=\"zalo-platform-site-verification\" content=\"zalo-check-123\">"));
	}

	private WebTestClient.ResponseSpec deliver(ObjectNode event) {
		return ZaloSamples.deliver(this.http, event);
	}

	private void awaitSends(int count, String userId) {
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(sendsTo(userId)).isEqualTo(count));
	}

	private int sendsTo(String userId) {
		return zalo.findAll(postRequestedFor(urlEqualTo(SEND)).withRequestBody(ZaloSamples.reaches(userId))).size();
	}

	private ChannelProbe probe() {
		return new ChannelProbe(this.database, this.meters, "zalo");
	}

}

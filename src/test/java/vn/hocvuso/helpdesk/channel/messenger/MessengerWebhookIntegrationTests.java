package vn.hocvuso.helpdesk.channel.messenger;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.mongodb.client.model.Filters;
import com.mongodb.reactivestreams.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
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
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Messenger's webhook through real HTTP: the challenge, signatures, bodies, batches and
 * every kind of item; WireMock stands in for the Send API.
 */
@MessengerIntegrationTest
class MessengerWebhookIntegrationTests {

	@RegisterExtension
	static WireMockExtension graph = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	@DynamicPropertySource
	static void graphUrl(DynamicPropertyRegistry registry) {
		registry.add("helpdesk.channels.messenger.api-base-url", graph::baseUrl);
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
		this.http = HelpdeskClient.on(this.port, "messenger-admin").http();
		graph.stubFor(post(urlPathEqualTo(MessengerSamples.SEND))
			.willReturn(aResponse().withHeader("Content-Type", "application/json")
				.withBody(MessengerSamples.raw("send.success.docs-shape"))));
	}

	@Test
	void answersMetasChallengeOnlyForTheVerifyToken() {
		this.http.get()
			.uri("/webhooks/messenger?hub.mode=subscribe&hub.verify_token={token}&hub.challenge=1158201444",
					MessengerSamples.VERIFY_TOKEN)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_PLAIN)
			.expectBody(String.class)
			.isEqualTo("1158201444");
		for (String query : List.of("hub.mode=subscribe&hub.verify_token=wrong&hub.challenge=1",
				"hub.mode=unsubscribe&hub.verify_token=" + MessengerSamples.VERIFY_TOKEN + "&hub.challenge=1",
				"hub.challenge=1")) {
			this.http.get()
				.uri("/webhooks/messenger?" + query)
				.exchange()
				.expectStatus()
				.isForbidden()
				.expectHeader()
				.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		}
	}

	@Test
	void answersAResidentsTextThroughTheSendApiKeepingTheLongPsidExact() {
		ObjectNode update = MessengerSamples.text("25123456789012345", "cai vneid o dau");
		deliver(update).expectStatus().isOk();
		awaitSends(1, "25123456789012345");
		graph.verify(postRequestedFor(urlPathEqualTo(MessengerSamples.SEND))
			.withQueryParam("access_token", equalTo(MessengerSamples.PAGE_TOKEN))
			.withRequestBody(matchingJsonPath("$.recipient.id", equalTo("25123456789012345")))
			.withRequestBody(matchingJsonPath("$.messaging_type", equalTo("RESPONSE")))
			.withRequestBody(matchingJsonPath("$.message.text", containing("VNeID"))));
		assertThat(probe().awaitCase(MessengerSamples.mid(update)).getString("channel")).isEqualTo("messenger");
	}

	@Test
	void aRedeliveredItemGivesOneCaseAndOneReply() {
		ObjectNode update = MessengerSamples.text("25123456789010002", "quen mat khau vneid");
		for (int i = 0; i < 3; i++) {
			deliver(update).expectStatus().isOk();
		}
		awaitSends(1, "25123456789010002");
		Awaitility.await()
			.pollDelay(Duration.ofMillis(500))
			.atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(probe().countCases(Filters.eq("messageId", MessengerSamples.mid(update))))
				.isEqualTo(1));
		assertThat(sendsTo("25123456789010002")).isEqualTo(1);
	}

	@Test
	void refusesMissingAndWrongSignaturesCountsThemAndStoresNothing() {
		ObjectNode update = MessengerSamples.text("25123456789010003", "cai vneid");
		byte[] body = MessengerSamples.bytes(update);
		double before = probe().rejected("missing_signature") + probe().rejected("bad_signature");
		send(body, null).expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		String otherBody = MessengerSamples.signature(MessengerSamples.bytes(MessengerSamples.text("1", "khác")));
		send(body, otherBody).expectStatus().isUnauthorized();
		send(body, "sha256=" + "0".repeat(64)).expectStatus().isUnauthorized();
		String otherSecret = MessengerSignature.header(body, "another-app-secret");
		send(body, otherSecret).expectStatus().isUnauthorized();
		assertThat(this.inbox.status(ChannelType.MESSENGER, MessengerSamples.mid(update)).blockOptional()).isEmpty();
		assertThat(probe().rejected("missing_signature") + probe().rejected("bad_signature")).isEqualTo(before + 4);
	}

	@Test
	void refusesMalformedJsonAndOversizedBodies() {
		byte[] malformed = "{\"object\":\"page\",\"entry\": [".getBytes(StandardCharsets.UTF_8);
		send(malformed, MessengerSamples.signature(malformed)).expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		ObjectNode huge = MessengerSamples.text("25123456789010004", "a".repeat(70_000));
		deliver(huge).expectStatus().isEqualTo(413);
	}

	@Test
	void storesEachItemOfABatchAsItsOwnEvent() {
		ObjectNode first = MessengerSamples.text("25123456789010005", "cai vneid o dau");
		ObjectNode second = MessengerSamples.text("25123456789010005", "quen mat khau vneid");
		ObjectNode third = MessengerSamples.text("25123456789010006", "nop ho so truc tuyen");
		first.get("entry").get(0).withArray("messaging").add(MessengerSamples.item(second));
		deliver(MessengerSamples.batch(first, third)).expectStatus().isOk();
		awaitSends(2, "25123456789010005");
		awaitSends(1, "25123456789010006");
		for (ObjectNode update : List.of(first, second, third)) {
			assertThat(probe().awaitCase(MessengerSamples.mid(update))).isNotNull();
		}
	}

	@Test
	void aQuickReplyTapIsReadAsTheFullChoiceInItsPayload() {
		ObjectNode update = MessengerSamples.update("quick_reply.docs-shape", "25123456789010007");
		deliver(update).expectStatus().isOk();
		Document stored = probe().awaitCase(MessengerSamples.mid(update));
		assertThat(stored.getString("text")).isEqualTo("Cài đặt ứng dụng VNeID");
		assertThat(stored.getString("topic")).isEqualTo("vneid.install");
	}

	@Test
	void aPostbackIsReadAsItsPayload() {
		ObjectNode update = MessengerSamples.update("postback.docs-shape", "25123456789010008");
		deliver(update).expectStatus().isOk();
		awaitSends(1, "25123456789010008");
		Document stored = probe().awaitCase(MessengerSamples.mid(update));
		assertThat(stored.getString("text")).isEqualTo("Đăng nhập VNeID, quên mật khẩu");
		assertThat(stored.getString("topic")).isEqualTo("vneid.login");
	}

	@Test
	void aPictureGoesToAPersonWithItsLinkAndTheResidentIsToldPolitely() {
		ObjectNode update = MessengerSamples.update("image.docs-shape", "25123456789010009");
		deliver(update).expectStatus().isOk();
		awaitSends(1, "25123456789010009");
		Document stored = probe().awaitCase(MessengerSamples.mid(update));
		assertThat(stored.getString("status")).isEqualTo("ESCALATED");
		assertThat(stored.getString("escalationReason")).isEqualTo("ATTACHMENT");
		assertThat(stored.getList("attachmentUrls", String.class))
			.containsExactly("https://scontent.xx.fbcdn.net/v/t1.15752-9/giay-hen.jpg");
	}

	@Test
	void aStickerGetsAPoliteRequestToTypeWithoutEscalation() {
		ObjectNode update = MessengerSamples.update("sticker.docs-shape", "25123456789010010");
		deliver(update).expectStatus().isOk();
		awaitSends(1, "25123456789010010");
		assertThat(probe().awaitCase(MessengerSamples.mid(update)).getString("status")).isEqualTo("ANSWERED");
	}

	@Test
	void aSharedPlaceGoesToAPersonAsAMapLink() {
		ObjectNode update = MessengerSamples.update("location.docs-shape", "25123456789010011");
		deliver(update).expectStatus().isOk();
		awaitSends(1, "25123456789010011");
		Document stored = probe().awaitCase(MessengerSamples.mid(update));
		assertThat(stored.getString("status")).isEqualTo("ESCALATED");
		assertThat(stored.getList("attachmentUrls", String.class))
			.containsExactly("https://www.google.com/maps/search/?api=1&query=10.7769,106.7009");
	}

	@Test
	void echoesReceiptsAndUnknownItemsAreAcknowledgedCountedAndSkipped() {
		String psid = "25123456789010012";
		List<String> names = List.of("echo", "delivery", "read", "unknown");
		double before = names.stream().mapToDouble(probe()::ignored).sum();
		ObjectNode echo = MessengerSamples.update("echo.docs-shape", psid);
		ObjectNode reaction = MessengerSamples.update("reaction.docs-shape", psid);
		deliver(MessengerSamples.batch(echo, MessengerSamples.update("delivery.docs-shape", psid),
				MessengerSamples.update("read.docs-shape", psid), reaction))
			.expectStatus()
			.isOk();
		String reactionId = psid + ":" + MessengerSamples.item(reaction).get("timestamp").asString();
		Awaitility.await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
			assertThat(this.inbox.status(ChannelType.MESSENGER, reactionId).block()).isEqualTo("PROCESSED");
			assertThat(names.stream().mapToDouble(probe()::ignored).sum()).isEqualTo(before + 4);
		});
		assertThat(probe().countCases(Filters.eq("messageId", MessengerSamples.mid(echo)))).isZero();
		assertThat(sendsTo(psid)).isZero();
	}

	@Test
	void anUpdateForAnotherObjectIsAcknowledgedAndSkipped() {
		ObjectNode update = MessengerSamples.text("25123456789010013", "cai vneid");
		update.put("object", "instagram");
		double before = probe().ignored("not_page");
		deliver(update).expectStatus().isOk();
		assertThat(probe().ignored("not_page")).isEqualTo(before + 1);
		assertThat(this.inbox.status(ChannelType.MESSENGER, MessengerSamples.mid(update)).blockOptional()).isEmpty();
	}

	@Test
	void aSenderIdAboveTwoToThe53IsKeptExactEvenWhenSentAsANumber() {
		ObjectNode update = MessengerSamples.update("postback.docs-shape", "0");
		ObjectNode item = MessengerSamples.item(update);
		((ObjectNode) item.get("sender")).put("id", new BigInteger("9007199254740993"));
		((ObjectNode) item.get("postback")).remove("mid");
		long sentAt = System.currentTimeMillis();
		item.put("timestamp", sentAt);
		deliver(update).expectStatus().isOk();
		awaitSends(1, "9007199254740993");
		Awaitility.await()
			.atMost(Duration.ofSeconds(5))
			.untilAsserted(
					() -> assertThat(this.inbox.status(ChannelType.MESSENGER, "9007199254740993:" + sentAt).block())
						.isEqualTo("PROCESSED"));
	}

	private WebTestClient.ResponseSpec deliver(ObjectNode update) {
		return MessengerSamples.deliver(this.http, update);
	}

	private WebTestClient.ResponseSpec send(byte[] body, @Nullable String signature) {
		return this.http.post()
			.uri("/webhooks/messenger")
			.contentType(MediaType.APPLICATION_JSON)
			.headers((headers) -> {
				if (signature != null) {
					headers.set("X-Hub-Signature-256", signature);
				}
			})
			.bodyValue(body)
			.exchange();
	}

	private void awaitSends(int count, String psid) {
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(sendsTo(psid)).isEqualTo(count));
	}

	private int sendsTo(String psid) {
		return graph
			.findAll(postRequestedFor(urlPathEqualTo(MessengerSamples.SEND))
				.withRequestBody(matchingJsonPath("$.recipient.id", equalTo(psid))))
			.size();
	}

	private ChannelProbe probe() {
		return new ChannelProbe(this.database, this.meters, "messenger");
	}

}

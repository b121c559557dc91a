package vn.hocvuso.helpdesk.channel.messenger;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.mongodb.client.model.Filters;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.hocvuso.helpdesk.HelpdeskClient;
import vn.hocvuso.helpdesk.delivery.OutboxEntry;
import vn.hocvuso.helpdesk.delivery.Reply;
import vn.hocvuso.helpdesk.delivery.ReplyDelivery;
import vn.hocvuso.helpdesk.shared.ChannelType;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replies through the outbox to WireMock standing in for the Send API: buttons, long
 * texts, passing faults that are retried, and Meta's permanent refusal that is not.
 */
@MessengerIntegrationTest
class MessengerDeliveryIntegrationTests extends MessengerStandIn {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	ReplyDelivery delivery;

	@Autowired
	MongoDatabase database;

	WebTestClient http;

	@BeforeEach
	void connect() {
		this.http = HelpdeskClient.on(this.port, "messenger-admin").http();
		graph.stubFor(send().willReturn(success()));
	}

	@Test
	void aGreetingShowsTheTopicsAsShortenedButtonsWithTheFullChoiceInThePayload() {
		ObjectNode update = MessengerSamples.text("25123456789020001", "Xin chào");
		deliver(update);
		JsonNode message = awaitSends(1, "25123456789020001").get(0).path("message");
		JsonNode buttons = message.path("quick_replies");
		assertThat(buttons.size()).isBetween(1, 13);
		for (JsonNode button : buttons) {
			assertThat(button.path("content_type").asString()).isEqualTo("text");
			assertThat(button.path("title").asString().codePointCount(0, button.path("title").asString().length()))
				.isLessThanOrEqualTo(20);
		}
		assertThat(buttons.findValuesAsString("payload")).contains("Cài đặt ứng dụng VNeID");
		assertThat(buttons.findValuesAsString("title")).contains("Cài đặt ứng dụng VN…");
	}

	@Test
	void aLongReplyGoesInPartsWithAtMostThirteenButtonsOnTheLast() {
		String psid = "25123456789020002";
		String text = "Dạ, bác làm theo các bước sau. ".repeat(150);
		List<Reply.QuickReply> choices = IntStream.rangeClosed(1, 15)
			.mapToObj((i) -> Reply.QuickReply.of("Lựa chọn số " + i + " rất dài để thử"))
			.toList();
		String id = enqueue(psid, text, choices);
		List<JsonNode> sent = awaitSends(3, psid);
		awaitStatus(id, OutboxEntry.Status.SENT);
		assertThat(sent)
			.allSatisfy((body) -> assertThat(body.path("message").path("text").asString().length()).isBetween(1, 2000));
		assertThat(sent.subList(0, 2))
			.allSatisfy((body) -> assertThat(body.path("message").has("quick_replies")).isFalse());
		JsonNode buttons = sent.get(2).path("message").path("quick_replies");
		assertThat(buttons.size()).isEqualTo(13);
		assertThat(buttons.get(0).path("title").asString()).isEqualTo("Lựa chọn số 1 rất d…");
		assertThat(buttons.get(0).path("payload").asString()).isEqualTo("Lựa chọn số 1 rất dài để thử");
	}

	@Test
	void aServerErrorIsRetriedUntilDelivered() {
		failOnceThenSucceed("25123456789020003", aResponse().withStatus(500).withBody("{}"));
	}

	@Test
	void aTimeoutIsRetriedUntilDelivered() {
		failOnceThenSucceed("25123456789020004", success().withFixedDelay(2500));
	}

	@Test
	void aConnectionResetIsRetriedUntilDelivered() {
		failOnceThenSucceed("25123456789020005", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
	}

	@Test
	void aRateLimitIsRetriedAfterTheWaitMetaAsksFor() {
		List<LoggedRequest> calls = failOnceThenSucceed("25123456789020006",
				error("send.error-rate-limit.docs-shape").withHeader("Retry-After", "1"));
		long waited = calls.get(1).getLoggedDate().getTime() - calls.get(0).getLoggedDate().getTime();
		assertThat(waited).isGreaterThanOrEqualTo(900);
	}

	@Test
	void aResidentOutsideThe24HourWindowIsNotRetriedAndTheCaseGoesToAPerson() {
		String psid = "25123456789020007";
		graph.stubFor(send().atPriority(1)
			.withRequestBody(matchingJsonPath("$.recipient.id", equalTo(psid)))
			.willReturn(error("send.error-outside-window.docs-shape")));
		ObjectNode update = MessengerSamples.text(psid, "cai vneid o dau");
		deliver(update);
		Document supportCase = Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> find("cases", Filters.eq("messageId", MessengerSamples.mid(update))),
					(found) -> found != null && found.getString("deliveryProblem") != null);
		assertThat(supportCase.getString("status")).isEqualTo("ESCALATED");
		assertThat(supportCase.getString("deliveryProblem")).contains("24 giờ").contains("2018278");
		String replyId = find("outbox", Filters.eq("caseId", supportCase.getString("_id"))).getString("_id");
		assertThat(this.delivery.status(replyId).block(Duration.ofSeconds(5)))
			.isEqualTo(OutboxEntry.Status.UNDELIVERABLE);
		Awaitility.await()
			.pollDelay(Duration.ofMillis(700))
			.atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(calls(psid)).hasSize(1));
	}

	@Test
	void aRefusedPageTokenKeepsRepliesWaitingAndTellsStaffInsteadOfAskingForCalls() {
		String psid = "25123456789020008";
		graph.stubFor(send().atPriority(1)
			.withRequestBody(matchingJsonPath("$.recipient.id", equalTo(psid)))
			.inScenario("token")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(error("send.error-invalid-token.docs-shape")));
		graph.stubFor(send().atPriority(1)
			.withRequestBody(matchingJsonPath("$.recipient.id", equalTo(psid)))
			.inScenario("token")
			.whenScenarioStateIs("renewed")
			.willReturn(success()));
		String id = enqueue(psid, "Dạ, cháu trả lời bác ạ.", List.of());
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(calls(psid)).hasSizeGreaterThan(2));
		assertThat(this.delivery.status(id).block(Duration.ofSeconds(5))).isIn(OutboxEntry.Status.PENDING,
				OutboxEntry.Status.SENDING);
		assertThat(HelpdeskClient.on(this.port, "messenger-admin").staffList("/api/v1/channels/problems"))
			.singleElement()
			.satisfies((problem) -> assertThat(problem).containsEntry("channel", "messenger")
				.hasEntrySatisfying("problem", (text) -> assertThat((String) text).contains("mã truy cập")));
		graph.setScenarioState("token", "renewed");
		awaitStatus(id, OutboxEntry.Status.SENT);
		assertThat(HelpdeskClient.on(this.port, "messenger-admin").staffList("/api/v1/channels/problems")).isEmpty();
	}

	/**
	 * The first call to this resident fails as given, the next succeeds: the reply ends
	 * up sent after exactly two calls, which are returned.
	 */
	private List<LoggedRequest> failOnceThenSucceed(String psid, ResponseDefinitionBuilder failure) {
		String scenario = "fault-" + psid;
		graph.stubFor(send().atPriority(1)
			.withRequestBody(matchingJsonPath("$.recipient.id", equalTo(psid)))
			.inScenario(scenario)
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(failure)
			.willSetStateTo("failed once"));
		String id = enqueue(psid, "Dạ, cháu trả lời bác ạ.", List.of());
		awaitStatus(id, OutboxEntry.Status.SENT);
		Awaitility.await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(calls(psid)).hasSize(2));
		return calls(psid);
	}

	private String enqueue(String psid, String text, List<Reply.QuickReply> choices) {
		Reply reply = new Reply(new ObjectId().toHexString(), ChannelType.MESSENGER, psid, null, text, choices);
		this.delivery.enqueue(reply).block(Duration.ofSeconds(5));
		return reply.id();
	}

	private void awaitStatus(String replyId, OutboxEntry.Status status) {
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.untilAsserted(
					() -> assertThat(this.delivery.status(replyId).block(Duration.ofSeconds(5))).isEqualTo(status));
	}

	private void deliver(ObjectNode update) {
		MessengerSamples.deliver(this.http, update).expectStatus().isOk();
	}

	private List<JsonNode> awaitSends(int count, String psid) {
		Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(calls(psid)).hasSize(count));
		return calls(psid).stream().map((call) -> JSON.readTree(call.getBodyAsString())).toList();
	}

	/** The Send API calls for this resident, oldest first. */
	private List<LoggedRequest> calls(String psid) {
		return graph
			.findAll(postRequestedFor(urlPathEqualTo(MessengerSamples.SEND))
				.withRequestBody(matchingJsonPath("$.recipient.id", equalTo(psid))))
			.stream()
			.sorted(Comparator.comparing(LoggedRequest::getLoggedDate))
			.toList();
	}

	private Document find(String collection, Bson filter) {
		return Mono.from(this.database.getCollection(collection).find(filter).first()).block(Duration.ofSeconds(5));
	}

	private static MappingBuilder send() {
		return post(urlPathEqualTo(MessengerSamples.SEND));
	}

	private static ResponseDefinitionBuilder success() {
		return aResponse().withHeader("Content-Type", "application/json")
			.withBody(MessengerSamples.raw("send.success.docs-shape"));
	}

	private static ResponseDefinitionBuilder error(String name) {
		return aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody(MessengerSamples.raw(name));
	}

}

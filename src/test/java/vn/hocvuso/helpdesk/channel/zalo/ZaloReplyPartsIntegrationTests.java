package vn.hocvuso.helpdesk.channel.zalo;

import java.time.Duration;
import java.util.Date;
import java.util.List;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;

import vn.hocvuso.helpdesk.delivery.OutboxEntry;
import vn.hocvuso.helpdesk.delivery.ReplyDelivery;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reply too long for one Zalo message goes out in parts, each recorded with Zalo's
 * message id as it is accepted, so a failure or a crash in the middle never sends a part
 * twice.
 */
@ZaloIntegrationTest
class ZaloReplyPartsIntegrationTests extends ZaloStandIn {

	/** Three parts under Zalo's 2,000-character limit, each recognisable. */
	static final String LONG_ANSWER = "Một. ".repeat(390) + "\n" + "Hai. ".repeat(390) + "\n" + "Ba. ".repeat(390);

	@Autowired
	ReplyDelivery delivery;

	@Autowired
	MongoDatabase database;

	@Autowired
	io.micrometer.core.instrument.MeterRegistry meters;

	ZaloOutbox outbox;

	@BeforeEach
	void resetZalo() {
		this.outbox = new ZaloOutbox(this.delivery, this.database);
		zalo.resetAll();
	}

	private double providerMessages() {
		var counter = this.meters.find("helpdesk.outbox.provider.messages").tag("channel", "zalo").counter();
		return (counter != null) ? counter.count() : 0;
	}

	/**
	 * Messages to this resident only, so retries left by other tests cannot change the
	 * scenario.
	 */
	private static MappingBuilder sendTo(String user) {
		return post(urlEqualTo(SEND)).withRequestBody(ZaloSamples.reaches(user));
	}

	@Test
	void aLongAnswerIsSentInPartsUnderZalosLimitEachRecordedWithZalosMessageId() {
		zalo.stubFor(post(urlEqualTo(SEND)).willReturn(accepted()));
		double messagesBefore = providerMessages();
		String user = this.outbox.enqueue(LONG_ANSWER);
		this.outbox.awaitStatus(user, OutboxEntry.Status.SENT);
		assertThat(providerMessages() - messagesBefore).isEqualTo(3.0);
		assertThat(textsSentTo(user)).isEqualTo(ZaloMessages.parts(LONG_ANSWER))
			.hasSize(3)
			.allSatisfy((text) -> assertThat(text.length()).isLessThanOrEqualTo(ZaloMessages.MAX_TEXT));
		Document entry = this.outbox.entry(user);
		assertThat(entry.getInteger("partsSent")).isEqualTo(3);
		assertThat(entry.getList("parts", Document.class)).extracting((part) -> part.getInteger("part"))
			.containsExactly(0, 1, 2);
		assertThat(entry.getList("parts", Document.class)).extracting((part) -> part.getString("messageId"))
			.containsOnly("63ecf43f0df7dba892e6");
	}

	@Test
	void aLongAnswerThatFailsOnItsSecondPartResumesThereAndNeverRepeatsTheFirst() {
		String user = ZaloOutbox.newResident();
		zalo.stubFor(sendTo(user).inScenario("second part fails")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(accepted())
			.willSetStateTo("first sent"));
		zalo.stubFor(sendTo(user).inScenario("second part fails")
			.whenScenarioStateIs("first sent")
			.willReturn(aResponse().withStatus(500))
			.willSetStateTo("recovered"));
		zalo.stubFor(
				sendTo(user).inScenario("second part fails").whenScenarioStateIs("recovered").willReturn(accepted()));
		this.outbox.enqueue(user, LONG_ANSWER);
		this.outbox.awaitStatus(user, OutboxEntry.Status.SENT);
		List<String> parts = ZaloMessages.parts(LONG_ANSWER);
		assertThat(textsSentTo(user)).containsExactly(parts.get(0), parts.get(1), parts.get(1), parts.get(2));
		assertThat(this.outbox.entry(user).getInteger("partsSent")).isEqualTo(3);
	}

	@Test
	void anEmptyOrUnreadableAnswerFromZaloIsNotTakenForDeliveredAndThePartIsSentAgain() {
		String user = ZaloOutbox.newResident();
		zalo.stubFor(sendTo(user).inScenario("odd answers")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(200))
			.willSetStateTo("unreadable"));
		zalo.stubFor(sendTo(user).inScenario("odd answers")
			.whenScenarioStateIs("unreadable")
			.willReturn(json("<html>OK</html>"))
			.willSetStateTo("recovered"));
		zalo.stubFor(sendTo(user).inScenario("odd answers").whenScenarioStateIs("recovered").willReturn(accepted()));
		this.outbox.enqueue(user, "Dạ, bác cài VNeID như sau ạ.");
		this.outbox.awaitStatus(user, OutboxEntry.Status.SENT);
		assertThat(sendsTo(user)).isEqualTo(3);
		assertThat(this.outbox.entry(user).getInteger("partsSent")).isEqualTo(1);
	}

	@Test
	void aReplyLeftHalfSentByAKilledInstanceIsResumedAfterItsLastRecordedPart() {
		zalo.stubFor(post(urlEqualTo(SEND)).willReturn(accepted()));
		String user = ZaloOutbox.newResident();
		Date past = new Date(System.currentTimeMillis() - 60_000);
		Document halfSent = new Document("_id", ZaloOutbox.replyId(user)).append("channel", "zalo")
			.append("channelUserId", user)
			.append("text", LONG_ANSWER)
			.append("quickReplies", List.of())
			.append("status", "SENDING")
			.append("attempts", 1)
			.append("createdAt", past)
			.append("nextAttemptAt", past)
			.append("leaseUntil", past)
			.append("partsSent", 1)
			.append("parts", List.of(new Document("part", 0).append("messageId", "sent-before-the-kill")));
		Mono.from(this.database.getCollection("outbox").insertOne(halfSent)).block(Duration.ofSeconds(5));
		this.outbox.awaitStatus(user, OutboxEntry.Status.SENT);
		List<String> parts = ZaloMessages.parts(LONG_ANSWER);
		Awaitility.await()
			.pollDelay(Duration.ofMillis(500))
			.atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(textsSentTo(user)).containsExactly(parts.get(1), parts.get(2)));
	}

}

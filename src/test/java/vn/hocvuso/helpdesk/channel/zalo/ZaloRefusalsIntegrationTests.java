package vn.hocvuso.helpdesk.channel.zalo;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.hocvuso.helpdesk.HelpdeskClient;
import vn.hocvuso.helpdesk.delivery.OutboxEntry;
import vn.hocvuso.helpdesk.delivery.ReplyDelivery;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Zalo's answers the sender does not take as "delivered" without a result: an unknown
 * code, an empty or broken body, a refusal of the OA itself (which staff also see).
 */
@ZaloIntegrationTest
class ZaloRefusalsIntegrationTests extends ZaloStandIn {

	@LocalServerPort
	int port;

	@Autowired
	ReplyDelivery delivery;

	@Autowired
	MongoDatabase database;

	ZaloOutbox outbox;

	@BeforeEach
	void resetZalo() {
		this.outbox = new ZaloOutbox(this.delivery, this.database);
		zalo.resetAll();
	}

	@Test
	void anUnknownCodeIsTriedAFewTimesThenAPersonIsAsked() {
		String user = ZaloOutbox.newResident();
		zalo.stubFor(post(urlEqualTo(SEND)).withRequestBody(ZaloSamples.reaches(user))
			.willReturn(json("{\"error\":-299,\"message\":\"Something new\"}")));
		this.outbox.enqueue(user, "Dạ, bác cài VNeID như sau ạ.");
		this.outbox.awaitStatus(user, OutboxEntry.Status.UNDELIVERABLE);
		assertThat(sendsTo(user)).isEqualTo(3);
		assertThat(this.outbox.entry(user).getString("lastError")).contains("-299").contains("after 3 attempts");
	}

	@Test
	void anEmptyAnswerIsNotTakenAsDelivered() {
		String user = ZaloOutbox.newResident();
		failFirstThenSucceed(user, json(""));
		this.outbox.enqueue(user, "Dạ, bác cài VNeID như sau ạ.");
		this.outbox.awaitStatus(user, OutboxEntry.Status.SENT);
		assertThat(sendsTo(user)).isEqualTo(2);
	}

	@Test
	void aBrokenAnswerIsNotTakenAsDelivered() {
		String user = ZaloOutbox.newResident();
		failFirstThenSucceed(user, json("<html>Bad gateway</html>"));
		this.outbox.enqueue(user, "Dạ, bác cài VNeID như sau ạ.");
		this.outbox.awaitStatus(user, OutboxEntry.Status.SENT);
		assertThat(sendsTo(user)).isEqualTo(2);
	}

	@Test
	void aRefusalOfTheOaGoesToAPersonAndShowsStaffABannerUntilAMessageGoesThrough() {
		String refused = ZaloOutbox.newResident();
		zalo.stubFor(post(urlEqualTo(SEND)).withRequestBody(ZaloSamples.reaches(refused))
			.willReturn(json(
					"{\"error\":-224,\"message\":\"The OA needs to upgrade OA Tier Package to use this feature\"}")));
		this.outbox.enqueue(refused, "Dạ, bác cài VNeID như sau ạ.");
		this.outbox.awaitStatus(refused, OutboxEntry.Status.UNDELIVERABLE);
		assertThat(sendsTo(refused)).isEqualTo(1);
		List<Map<String, Object>> problems = problems();
		assertThat(problems).singleElement()
			.satisfies((problem) -> assertThat(problem).containsEntry("channel", "zalo")
				.hasEntrySatisfying("problem", (text) -> assertThat((String) text).contains("gói dịch vụ")));
		zalo.resetAll();
		zalo.stubFor(post(urlEqualTo(SEND)).willReturn(accepted()));
		String sent = this.outbox.enqueue("Dạ, cháu gửi bác ạ.");
		this.outbox.awaitStatus(sent, OutboxEntry.Status.SENT);
		Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> problems().isEmpty());
	}

	private List<Map<String, Object>> problems() {
		return HelpdeskClient.on(this.port, "zalo-admin").staffList("/api/v1/channels/problems");
	}

	/**
	 * The first message to this resident gets the failure, the next are accepted; other
	 * tests' late retries cannot take the failure.
	 */
	private static void failFirstThenSucceed(String user, ResponseDefinitionBuilder failure) {
		zalo.stubFor(post(urlEqualTo(SEND)).withRequestBody(ZaloSamples.reaches(user))
			.inScenario(user)
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(failure)
			.willSetStateTo("recovered"));
		zalo.stubFor(post(urlEqualTo(SEND)).withRequestBody(ZaloSamples.reaches(user))
			.inScenario(user)
			.whenScenarioStateIs("recovered")
			.willReturn(accepted()));
	}

}

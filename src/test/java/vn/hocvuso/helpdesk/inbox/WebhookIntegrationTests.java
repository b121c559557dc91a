package vn.hocvuso.helpdesk.inbox;

import java.time.Duration;

import com.mongodb.reactivestreams.client.MongoDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

import vn.hocvuso.helpdesk.HelpdeskClient;
import vn.hocvuso.helpdesk.HelpdeskIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared webhook through real HTTP, in the app as shipped (every channel off): an
 * address that names no channel with a webhook, or a channel not switched on, answers 404
 * problem+json and stores nothing.
 */
@HelpdeskIntegrationTest
class WebhookIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	MongoDatabase database;

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = { "/webhooks/viber|Không có kênh nhận webhook ở địa chỉ này.",
			"/webhooks/webchat|Không có kênh nhận webhook ở địa chỉ này.", "/webhooks/zalo|Kênh Zalo chưa được bật.",
			"/webhooks/telegram|Kênh Telegram chưa được bật.", "/webhooks/messenger|Kênh Messenger chưa được bật." })
	void refusesAWebhookForAnUnknownOrSwitchedOffChannelWith404AndStoresNothing(String path, String detail) {
		long storedBefore = storedEvents();

		HelpdeskClient.on(this.port)
			.http()
			.post()
			.uri(path)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"update_id\": 1, \"message\": {\"text\": \"cài VNeID\"}}")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(404)
			.jsonPath("$.detail")
			.isEqualTo(detail)
			.jsonPath("$.instance")
			.isEqualTo(path);

		assertThat(storedEvents()).isEqualTo(storedBefore);
	}

	private long storedEvents() {
		return Mono.from(this.database.getCollection("inbound_events").countDocuments())
			.blockOptional(Duration.ofSeconds(5))
			.orElse(0L);
	}

}

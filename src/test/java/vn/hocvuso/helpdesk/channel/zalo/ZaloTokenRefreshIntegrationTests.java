package vn.hocvuso.helpdesk.channel.zalo;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import com.mongodb.client.model.Filters;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import vn.hocvuso.helpdesk.delivery.OutboxEntry;
import vn.hocvuso.helpdesk.delivery.Reply;
import vn.hocvuso.helpdesk.delivery.ReplyDelivery;
import vn.hocvuso.helpdesk.shared.ChannelType;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Zalo that rejects every access token (-216), even a fresh one, gets one refresh, not
 * a storm; the replies wait and are retried.
 */
@ZaloIntegrationTest
@TestPropertySource(properties = "helpdesk.channels.zalo.refresh-min-interval=1h")
class ZaloTokenRefreshIntegrationTests extends ZaloStandIn {

	@Autowired
	ReplyDelivery delivery;

	@Autowired
	MongoDatabase database;

	@Test
	void tokensZaloKeepsRejectingCauseOneRefreshNotAStorm() {
		zalo.resetAll();
		zalo.stubFor(post(urlEqualTo(SEND)).willReturn(json(ZaloSamples.raw("send_cs.error-216"))));
		zalo.stubFor(post(urlEqualTo(REFRESH)).willReturn(json(ZaloSamples.raw("oauth_refresh.success.docs-sample"))));
		List<String> ids = IntStream.range(0, 10).mapToObj((i) -> "reply-" + UUID.randomUUID()).toList();
		for (String id : ids) {
			this.delivery
				.enqueue(new Reply(id, ChannelType.ZALO, "user-" + id, null, "Dạ, cháu trả lời bác ạ.", List.of()))
				.block(Duration.ofSeconds(5));
		}
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> ids.stream().allMatch((id) -> attempts(id) >= 4));
		assertThat(zalo.findAll(postRequestedFor(urlEqualTo(REFRESH)))).hasSize(1);
		assertThat(ids).allSatisfy((id) -> assertThat(this.delivery.status(id).block()).isIn(OutboxEntry.Status.PENDING,
				OutboxEntry.Status.SENDING));
	}

	private int attempts(String id) {
		Document entry = Mono.from(this.database.getCollection("outbox").find(Filters.eq("_id", id)).first())
			.block(Duration.ofSeconds(5));
		return (entry != null) ? entry.getInteger("attempts", 0) : 0;
	}

}

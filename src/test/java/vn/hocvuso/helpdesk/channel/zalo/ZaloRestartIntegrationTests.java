package vn.hocvuso.helpdesk.channel.zalo;

import java.nio.file.Path;
import java.time.Duration;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;

import vn.hocvuso.helpdesk.HelpdeskApplication;
import vn.hocvuso.helpdesk.HelpdeskClient;
import vn.hocvuso.helpdesk.RealMongo;
import vn.hocvuso.helpdesk.inbox.Inbox;
import vn.hocvuso.helpdesk.shared.ChannelType;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing accepted is lost across a stop: on the H2 file store, an event acknowledged but
 * not yet stored or processed (only in the journal), and a reply still waiting in the
 * outbox, both complete after the next start.
 */
class ZaloRestartIntegrationTests {

	static final String SEND = "/v3.0/oa/message/cs";

	@RegisterExtension
	static WireMockExtension zalo = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	@TempDir
	Path dataDir;

	@Test
	void acceptedEventsAndPendingRepliesCompleteAfterARestart() {
		zalo.stubFor(post(urlEqualTo(SEND)).willReturn(aResponse().withStatus(503)));
		ObjectNode answeredBeforeStop = ZaloSamples.text("7000000000000000001", "cai vneid o dau");
		ObjectNode acceptedBeforeStop = ZaloSamples.text("7000000000000000002", "quen mat khau vneid");
		try (ConfigurableApplicationContext first = start()) {
			postWebhook(first, answeredBeforeStop);
			Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> sendsTo("7000000000000000001") >= 1);
			// A crash right after the acknowledgement: the event is in the journal on
			// disk, and neither stored nor processed (the inbox's background work is
			// stopped first).
			Inbox inbox = first.getBean(Inbox.class);
			inbox.stop();
			String eventId = ZaloSamples.messageId(acceptedBeforeStop);
			inbox.accept(ChannelType.ZALO, eventId, new String(ZaloSamples.bytes(acceptedBeforeStop)))
				.block(Duration.ofSeconds(5));
			assertThat(inbox.status(ChannelType.ZALO, eventId).blockOptional()).isEmpty();
		}
		zalo.resetAll();
		zalo.stubFor(post(urlEqualTo(SEND)).willReturn(aResponse().withHeader("Content-Type", "application/json")
			.withBody(ZaloSamples.raw("send_cs.success.docs-sample"))));
		try (ConfigurableApplicationContext second = start()) {
			Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
				assertThat(sendsTo("7000000000000000001")).isEqualTo(1);
				assertThat(sendsTo("7000000000000000002")).isEqualTo(1);
			});
		}
	}

	@Test
	void aRetryOfAnEventAcknowledgedFromTheJournalGetsOneReply() {
		zalo.stubFor(post(urlEqualTo(SEND)).willReturn(aResponse().withHeader("Content-Type", "application/json")
			.withBody(ZaloSamples.raw("send_cs.success.docs-sample"))));
		ObjectNode event = ZaloSamples.text("7000000000000000003", "cai vneid o dau");
		try (ConfigurableApplicationContext app = start()) {
			postWebhook(app, event);
			postWebhook(app, event);
			MeterRegistry meters = app.getBean(MeterRegistry.class);
			Awaitility.await()
				.atMost(Duration.ofSeconds(10))
				.until(() -> inboxEvents(meters, "accepted") == 1 && inboxEvents(meters, "duplicate") == 1
						&& inboxEvents(meters, "processed") == 1);
			assertThat(app.getBean(Inbox.class).status(ChannelType.ZALO, ZaloSamples.messageId(event)).block())
				.isEqualTo("PROCESSED");
			// The reply leaves the outbox in the background, just after the event is
			// processed.
			Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> sendsTo("7000000000000000003") >= 1);
			assertThat(sendsTo("7000000000000000003")).isEqualTo(1);
		}
	}

	private static double inboxEvents(MeterRegistry meters, String outcome) {
		Counter counter = meters.find("helpdesk.inbox.events").tag("outcome", outcome).counter();
		return (counter != null) ? counter.count() : 0;
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplication(HelpdeskApplication.class).run("--server.port=0", RealMongo.embeddedStoreOnly(),
				"--helpdesk.store.embedded-backend=h2", "--helpdesk.store.data-dir=" + this.dataDir,
				"--helpdesk.channels.zalo.enabled=true", "--helpdesk.channels.zalo.app-id=" + ZaloSamples.APP_ID,
				"--helpdesk.channels.zalo.oa-secret-key=" + ZaloSamples.OA_SECRET_KEY,
				"--helpdesk.channels.zalo.access-token=token-1",
				"--helpdesk.channels.zalo.api-base-url=" + zalo.baseUrl(), "--helpdesk.channels.zalo.timeout=1s",
				"--helpdesk.delivery.first-backoff=200ms", "--helpdesk.delivery.max-backoff=500ms",
				"--helpdesk.delivery.poll-interval=100ms", "--helpdesk.inbox.sweep-interval=200ms");
	}

	private static void postWebhook(ConfigurableApplicationContext context, ObjectNode event) {
		byte[] body = ZaloSamples.bytes(event);
		HelpdeskClient.on(((WebServerApplicationContext) context).getWebServer().getPort())
			.http()
			.post()
			.uri("/webhooks/zalo")
			.contentType(MediaType.APPLICATION_JSON)
			.header("X-ZEvent-Signature", ZaloSamples.signature(body, event))
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isOk();
	}

	private static int sendsTo(String user) {
		return zalo.findAll(postRequestedFor(urlEqualTo(SEND)).withRequestBody(ZaloSamples.reaches(user))).size();
	}

}

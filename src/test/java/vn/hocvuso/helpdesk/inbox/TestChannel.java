package vn.hocvuso.helpdesk.inbox;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import vn.hocvuso.helpdesk.HelpdeskClient;
import vn.hocvuso.helpdesk.shared.ChannelType;

/**
 * A channel for tests of the inbox itself, under the web chat's type (which has no
 * webhook of its own): a body {@code {"id": "...", "kind": "..."}} is one event, and its
 * handler succeeds ({@code ok}), fails ({@code boom}), throws ({@code throw}), never
 * answers ({@code hang}) or fails until the test fixes it ({@code flaky}), recording what
 * it handled and what the inbox gave up on. The real inbox, store, worker and sweep run
 * around it; only the provider is made up.
 */
@TestConfiguration(proxyBeanMethods = false)
class TestChannel {

	/** What the test channel's handler saw. */
	static final class Record {

		final List<String> handled = new CopyOnWriteArrayList<>();

		final List<String> gaveUp = new CopyOnWriteArrayList<>();

		/** Whether {@code flaky} events succeed (as after a fix), else they fail. */
		final AtomicBoolean fixed = new AtomicBoolean();

	}

	/** Posts one event of the test channel to the shared webhook, expecting 200. */
	static void post(int port, String id, String kind) {
		HelpdeskClient.on(port)
			.http()
			.post()
			.uri("/webhooks/webchat")
			.bodyValue(Map.of("id", id, "kind", kind))
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Bean
	Record testChannelRecord() {
		return new Record();
	}

	@Bean
	ChannelWebhook testChannelWebhook() {
		return new ChannelWebhook() {

			@Override
			public ChannelType channel() {
				return ChannelType.WEBCHAT;
			}

			@Override
			public boolean enabled() {
				return true;
			}

			@Override
			public void verify(WebhookRequest request) {
			}

			@Override
			public WebhookEvents events(WebhookRequest request) {
				return WebhookEvents.one(request.json().path("id").asString(), request.text());
			}

		};
	}

	@Bean
	InboundEventHandler testChannelHandler(Record record) {
		return new InboundEventHandler() {

			@Override
			public ChannelType channel() {
				return ChannelType.WEBCHAT;
			}

			@Override
			public Mono<EventOutcome> handle(JsonNode event) {
				String id = event.path("id").asString();
				return switch (event.path("kind").asString()) {
					case "boom" -> Mono.error(new IllegalStateException("boom " + id));
					case "throw" -> throw new IllegalStateException("thrown " + id);
					case "hang" -> Mono.never();
					case "flaky" -> record.fixed.get()
							? Mono.fromRunnable(() -> record.handled.add(id)).thenReturn(EventOutcome.handled())
							: Mono.error(new IllegalStateException("not fixed yet"));
					default -> Mono.fromRunnable(() -> record.handled.add(id)).thenReturn(EventOutcome.handled());
				};
			}

			@Override
			public Mono<Void> giveUp(JsonNode event) {
				return Mono.fromRunnable(() -> record.gaveUp.add(event.path("id").asString()));
			}

		};
	}

}

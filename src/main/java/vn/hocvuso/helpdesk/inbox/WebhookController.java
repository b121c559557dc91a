package vn.hocvuso.helpdesk.inbox;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import vn.hocvuso.helpdesk.shared.ChannelType;

/**
 * The webhook of every channel, {@code POST /webhooks/<channel id>}: the request passes
 * the {@link WebhookReception} checks, every event it holds is made durable in the
 * {@link Inbox}, and only then is the provider answered 200 {@code {"status":"ok"}}, at
 * once (Zalo disables webhooks slower than 2 s). The events are processed in the
 * background; a redelivered event is acknowledged and not processed again.
 */
@RestController
class WebhookController {

	private static final Map<String, String> OK = Map.of("status", "ok");

	private final WebhookReception reception;

	private final Inbox inbox;

	private final IgnoredEvents ignored;

	WebhookController(List<ChannelWebhook> webhooks, JsonMapper json, Inbox inbox, IgnoredEvents ignored) {
		this.reception = new WebhookReception(webhooks, json);
		this.inbox = inbox;
		this.ignored = ignored;
	}

	@PostMapping(path = "/webhooks/{channel}", produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<Map<String, String>> receive(@PathVariable String channel,
			@RequestBody(required = false) byte @Nullable [] body, @RequestHeader HttpHeaders headers) {
		WebhookReception.Received received = this.reception.receive(channel, body, headers);
		ChannelType type = received.channel();
		received.events().ignored().forEach((event) -> this.ignored.count(type, event));
		return Flux.fromIterable(received.events().events())
			.concatMap((event) -> this.inbox.accept(type, event.id(), event.payload()))
			.then(Mono.just(OK));
	}

}

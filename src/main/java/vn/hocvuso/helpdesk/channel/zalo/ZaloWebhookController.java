package vn.hocvuso.helpdesk.channel.zalo;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebInputException;

import vn.hocvuso.helpdesk.inbox.Inbox;
import vn.hocvuso.helpdesk.metrics.MeterNames;
import vn.hocvuso.helpdesk.shared.ChannelType;

/**
 * Zalo's webhook: verifies the signature over the exact bytes received, stores the event
 * durably, answers 200 at once (Zalo disables webhooks slower than 2 s), and processes
 * the event in the background. A retry of the same event is acknowledged and not
 * processed again.
 */
@RestController
class ZaloWebhookController {

	private static final Logger log = LoggerFactory.getLogger(ZaloWebhookController.class);

	private static final Map<String, String> OK = Map.of("status", "ok");

	private final ZaloProperties properties;

	private final Inbox inbox;

	private final JsonMapper json;

	private final MeterRegistry meters;

	ZaloWebhookController(ZaloProperties properties, Inbox inbox, JsonMapper json, MeterRegistry meters) {
		this.properties = properties;
		this.inbox = inbox;
		this.json = json;
		this.meters = meters;
		if (properties.allowUnsigned()) {
			log.warn("helpdesk.channels.zalo.allow-unsigned is ON: Zalo webhooks are accepted without a valid "
					+ "signature. Use this only for local development.");
		}
	}

	@PostMapping(path = "/webhooks/zalo", produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<Map<String, String>> receive(@RequestBody(required = false) byte[] body,
			@RequestHeader(name = "X-ZEvent-Signature", required = false) String signature) {
		if (!this.properties.enabled()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Kênh Zalo chưa được bật.");
		}
		JsonNode event = parse(body);
		if (!this.properties.allowUnsigned() && !ZaloSignature.isValid(signature, event.path("app_id").asString(""),
				body, event.path("timestamp").asString(""), this.properties.oaSecretKey())) {
			reject((signature == null) ? "missing_signature" : "bad_signature");
			throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Chữ ký X-ZEvent-Signature không hợp lệ.");
		}
		return this.inbox.accept(ChannelType.ZALO, ZaloEvents.eventId(event), new String(body, StandardCharsets.UTF_8))
			.thenReturn(OK);
	}

	private JsonNode parse(byte[] body) {
		if (body == null || body.length == 0) {
			reject("empty_body");
			throw new ServerWebInputException("Nội dung webhook đang trống.");
		}
		try {
			JsonNode event = this.json.readTree(body);
			if (event == null || !event.isObject()) {
				throw new ServerWebInputException("Webhook phải là một đối tượng JSON.");
			}
			return event;
		}
		catch (JacksonException ex) {
			reject("malformed_json");
			throw new ServerWebInputException("Nội dung webhook không phải JSON hợp lệ.");
		}
	}

	private void reject(String reason) {
		this.meters
			.counter(MeterNames.WEBHOOK_REJECTED, MeterNames.CHANNEL, ChannelType.ZALO.id(), MeterNames.REASON, reason)
			.increment();
	}

}

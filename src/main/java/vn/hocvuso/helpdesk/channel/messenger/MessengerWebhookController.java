package vn.hocvuso.helpdesk.channel.messenger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebInputException;

import vn.hocvuso.helpdesk.inbox.Inbox;
import vn.hocvuso.helpdesk.metrics.MeterNames;
import vn.hocvuso.helpdesk.shared.ChannelType;

/**
 * Messenger's webhook. The GET answers Meta's one-time challenge; each POST is verified
 * over the exact bytes received, split into its messaging items, and every item is stored
 * durably before the 200 and processed in the background. An item Meta delivers again is
 * acknowledged and not processed twice.
 */
@RestController
class MessengerWebhookController {

	private static final String PATH = "/webhooks/messenger";

	private static final Map<String, String> OK = Map.of("status", "ok");

	private final MessengerProperties properties;

	private final Inbox inbox;

	private final JsonMapper json;

	private final MeterRegistry meters;

	MessengerWebhookController(MessengerProperties properties, Inbox inbox, JsonMapper json, MeterRegistry meters) {
		this.properties = properties;
		this.inbox = inbox;
		this.json = json;
		this.meters = meters;
	}

	@GetMapping(PATH)
	ResponseEntity<String> verify(@RequestParam(name = "hub.mode", required = false) @Nullable String mode,
			@RequestParam(name = "hub.verify_token", required = false) @Nullable String token,
			@RequestParam(name = "hub.challenge", required = false) @Nullable String challenge) {
		requireEnabled();
		if (!"subscribe".equals(mode) || !sameToken(token)) {
			reject("bad_verify_token");
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Mã xác minh webhook Messenger không đúng.");
		}
		if (challenge == null || challenge.isEmpty()) {
			throw new ServerWebInputException("Thiếu tham số hub.challenge.");
		}
		return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(challenge);
	}

	@PostMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<Map<String, String>> receive(@RequestBody(required = false) byte @Nullable [] body,
			@RequestHeader(name = "X-Hub-Signature-256", required = false) @Nullable String signature) {
		requireEnabled();
		if (body == null || body.length == 0) {
			reject("empty_body");
			throw new ServerWebInputException("Nội dung webhook đang trống.");
		}
		if (!MessengerSignature.isValid(signature, body, this.properties.appSecret())) {
			reject((signature == null) ? "missing_signature" : "bad_signature");
			throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Chữ ký X-Hub-Signature-256 không hợp lệ.");
		}
		JsonNode update = parse(body);
		if (!"page".equals(update.path("object").asString(""))) {
			ignore("not_page");
			return Mono.just(OK);
		}
		return Flux.fromIterable(items(update)).concatMap(this::store).then(Mono.just(OK));
	}

	private Mono<Void> store(JsonNode item) {
		String eventId = MessengerEvents.eventId(item);
		String payload = this.json.writeValueAsString(item);
		return this.inbox.accept(ChannelType.MESSENGER, eventId, payload);
	}

	/**
	 * Every messaging item of every entry. An entry without any (a standby or changes
	 * entry) is counted and skipped.
	 */
	private List<JsonNode> items(JsonNode update) {
		List<JsonNode> items = new ArrayList<>();
		for (JsonNode entry : update.path("entry")) {
			if (entry.path("messaging").isEmpty()) {
				ignore("unknown");
			}
			entry.path("messaging").forEach(items::add);
		}
		return items;
	}

	private JsonNode parse(byte[] body) {
		try {
			JsonNode update = this.json.readTree(body);
			if (update == null || !update.isObject()) {
				reject("not_an_object");
				throw new ServerWebInputException("Webhook phải là một đối tượng JSON.");
			}
			return update;
		}
		catch (JacksonException ex) {
			reject("malformed_json");
			throw new ServerWebInputException("Nội dung webhook không phải JSON hợp lệ.");
		}
	}

	private boolean sameToken(@Nullable String token) {
		String expected = this.properties.verifyToken();
		return token != null && !expected.isEmpty() && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
				token.getBytes(StandardCharsets.UTF_8));
	}

	private void requireEnabled() {
		if (!this.properties.enabled()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Kênh Messenger chưa được bật.");
		}
	}

	private void reject(String reason) {
		this.meters
			.counter(MeterNames.WEBHOOK_REJECTED, MeterNames.CHANNEL, ChannelType.MESSENGER.id(), MeterNames.REASON,
					reason)
			.increment();
	}

	private void ignore(String event) {
		this.meters
			.counter(MeterNames.WEBHOOK_IGNORED, MeterNames.CHANNEL, ChannelType.MESSENGER.id(), MeterNames.EVENT,
					event)
			.increment();
	}

}

package vn.hocvuso.helpdesk.channel.telegram;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
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
 * Telegram's webhook: checks the secret token header in constant time, stores the update
 * durably under its {@code update_id}, answers 200 at once and processes the update in
 * the background. Telegram redelivers an update until it gets a 2xx; a redelivery is
 * acknowledged and not processed again.
 */
@RestController
class TelegramWebhookController {

	private static final Logger log = LoggerFactory.getLogger(TelegramWebhookController.class);

	private static final Map<String, String> OK = Map.of("status", "ok");

	private final TelegramProperties properties;

	private final Inbox inbox;

	private final JsonMapper json;

	private final MeterRegistry meters;

	TelegramWebhookController(TelegramProperties properties, Inbox inbox, JsonMapper json, MeterRegistry meters) {
		this.properties = properties;
		this.inbox = inbox;
		this.json = json;
		this.meters = meters;
		if (properties.enabled() && properties.secretToken().isBlank()) {
			log.warn("helpdesk.channels.telegram.secret-token is empty: every Telegram update will be refused. "
					+ "Set it to the secret_token given to setWebhook.");
		}
	}

	@PostMapping(path = "/webhooks/telegram", produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<Map<String, String>> receive(@RequestBody(required = false) byte @Nullable [] body,
			@RequestHeader(name = TelegramSecret.HEADER, required = false) @Nullable String secret) {
		if (!this.properties.enabled()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Kênh Telegram chưa được bật.");
		}
		if (!TelegramSecret.matches(secret, this.properties.secretToken())) {
			reject((secret == null) ? "missing_secret" : "bad_secret");
			throw new ResponseStatusException(HttpStatus.FORBIDDEN,
					"Mã bí mật X-Telegram-Bot-Api-Secret-Token không đúng.");
		}
		JsonNode update = parse(body);
		String updateId = TelegramUpdates.updateId(update);
		if (updateId.isEmpty()) {
			reject("missing_update_id");
			throw new ServerWebInputException("Bản cập nhật Telegram thiếu update_id.");
		}
		return this.inbox.accept(ChannelType.TELEGRAM, updateId, new String(body, StandardCharsets.UTF_8))
			.thenReturn(OK);
	}

	private JsonNode parse(byte @Nullable [] body) {
		if (body == null || body.length == 0) {
			reject("empty_body");
			throw new ServerWebInputException("Nội dung webhook đang trống.");
		}
		try {
			JsonNode update = this.json.readTree(body);
			if (update == null || !update.isObject()) {
				reject("not_an_object");
				throw new ServerWebInputException("Bản cập nhật Telegram phải là một đối tượng JSON.");
			}
			return update;
		}
		catch (JacksonException ex) {
			reject("malformed_json");
			throw new ServerWebInputException("Nội dung webhook không phải JSON hợp lệ.");
		}
	}

	private void reject(String reason) {
		this.meters
			.counter(MeterNames.WEBHOOK_REJECTED, MeterNames.CHANNEL, ChannelType.TELEGRAM.id(), MeterNames.REASON,
					reason)
			.increment();
	}

}

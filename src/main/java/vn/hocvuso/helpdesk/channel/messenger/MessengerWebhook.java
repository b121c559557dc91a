package vn.hocvuso.helpdesk.channel.messenger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebInputException;

import vn.hocvuso.helpdesk.inbox.ChannelWebhook;
import vn.hocvuso.helpdesk.inbox.WebhookEvents;
import vn.hocvuso.helpdesk.inbox.WebhookRejection;
import vn.hocvuso.helpdesk.inbox.WebhookRequest;
import vn.hocvuso.helpdesk.shared.ChannelType;

/**
 * Messenger's webhook. The GET answers Meta's one-time challenge. Each POST comes through
 * the shared webhook, where this class checks the signature over the exact bytes received
 * before they are parsed, and splits the body into its messaging items, each kept as its
 * own event under its message id. An update for another object than a Page, and an entry
 * without messaging items (standby, changes), are counted and skipped.
 */
@RestController
class MessengerWebhook implements ChannelWebhook {

	private final MessengerProperties properties;

	MessengerWebhook(MessengerProperties properties) {
		this.properties = properties;
	}

	@Override
	public ChannelType channel() {
		return ChannelType.MESSENGER;
	}

	@Override
	public boolean enabled() {
		return this.properties.enabled();
	}

	@GetMapping("/webhooks/messenger")
	ResponseEntity<String> challenge(@RequestParam(name = "hub.mode", required = false) @Nullable String mode,
			@RequestParam(name = "hub.verify_token", required = false) @Nullable String token,
			@RequestParam(name = "hub.challenge", required = false) @Nullable String challenge) {
		requireEnabled();
		if (!"subscribe".equals(mode) || !sameToken(token)) {
			throw WebhookRejection.forbidden(ChannelType.MESSENGER, "bad_verify_token",
					"Mã xác minh webhook Messenger không đúng.");
		}
		if (challenge == null || challenge.isEmpty()) {
			throw new ServerWebInputException("Thiếu tham số hub.challenge.");
		}
		return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(challenge);
	}

	@Override
	public void verify(WebhookRequest request) {
		byte[] body = request.body();
		String signature = request.header("X-Hub-Signature-256");
		if (!MessengerSignature.isValid(signature, body, this.properties.appSecret())) {
			throw WebhookRejection.unauthorized(ChannelType.MESSENGER,
					(signature == null) ? "missing_signature" : "bad_signature",
					"Chữ ký X-Hub-Signature-256 không hợp lệ.");
		}
	}

	/** Every messaging item of every entry. */
	@Override
	public WebhookEvents events(WebhookRequest request) {
		JsonNode update = request.json();
		if (!"page".equals(update.path("object").asString(""))) {
			return WebhookEvents.ignoring("not_page");
		}
		List<WebhookEvents.Event> events = new ArrayList<>();
		List<String> ignored = new ArrayList<>();
		for (JsonNode entry : update.path("entry")) {
			if (entry.path("messaging").isEmpty()) {
				ignored.add("unknown");
			}
			for (JsonNode item : entry.path("messaging")) {
				events.add(request.event(MessengerEvents.eventId(item), item));
			}
		}
		return new WebhookEvents(events, ignored);
	}

	private boolean sameToken(@Nullable String token) {
		String expected = this.properties.verifyToken();
		return token != null && !expected.isEmpty() && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
				token.getBytes(StandardCharsets.UTF_8));
	}

}

package vn.hocvuso.helpdesk.channel.zalo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

import vn.hocvuso.helpdesk.inbox.ChannelWebhook;
import vn.hocvuso.helpdesk.inbox.WebhookEvents;
import vn.hocvuso.helpdesk.inbox.WebhookRejection;
import vn.hocvuso.helpdesk.inbox.WebhookRequest;
import vn.hocvuso.helpdesk.shared.ChannelType;

/**
 * Zalo's side of {@code POST /webhooks/zalo}: the body is read first, because the signed
 * {@code app_id} and {@code timestamp} are inside it, then the signature is checked over
 * the exact bytes received. A body is one event, kept under its message id.
 */
@Component
class ZaloWebhook implements ChannelWebhook {

	private static final Logger log = LoggerFactory.getLogger(ZaloWebhook.class);

	private final ZaloProperties properties;

	ZaloWebhook(ZaloProperties properties) {
		this.properties = properties;
		if (properties.allowUnsigned()) {
			log.warn("helpdesk.channels.zalo.allow-unsigned is ON: Zalo webhooks are accepted without a valid "
					+ "signature. Use this only for local development.");
		}
	}

	@Override
	public ChannelType channel() {
		return ChannelType.ZALO;
	}

	@Override
	public boolean enabled() {
		return this.properties.enabled();
	}

	@Override
	public void verify(WebhookRequest request) {
		JsonNode event = request.json();
		String signature = request.header("X-ZEvent-Signature");
		if (!this.properties.allowUnsigned() && !ZaloSignature.isValid(signature, event.path("app_id").asString(""),
				request.body(), event.path("timestamp").asString(""), this.properties.oaSecretKey())) {
			throw WebhookRejection.unauthorized(ChannelType.ZALO,
					(signature == null) ? "missing_signature" : "bad_signature",
					"Chữ ký X-ZEvent-Signature không hợp lệ.");
		}
	}

	@Override
	public WebhookEvents events(WebhookRequest request) {
		return WebhookEvents.one(ZaloEvents.eventId(request.json()), request.text());
	}

}

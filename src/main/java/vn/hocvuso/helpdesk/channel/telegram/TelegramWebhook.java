package vn.hocvuso.helpdesk.channel.telegram;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import vn.hocvuso.helpdesk.inbox.ChannelWebhook;
import vn.hocvuso.helpdesk.inbox.WebhookEvents;
import vn.hocvuso.helpdesk.inbox.WebhookRejection;
import vn.hocvuso.helpdesk.inbox.WebhookRequest;
import vn.hocvuso.helpdesk.shared.ChannelType;

/**
 * Telegram's side of {@code POST /webhooks/telegram}: the secret token header is checked
 * in constant time before the body is looked at, and a body is one update, kept under its
 * {@code update_id}. Telegram redelivers an update until it gets a 2xx.
 */
@Component
class TelegramWebhook implements ChannelWebhook {

	private static final Logger log = LoggerFactory.getLogger(TelegramWebhook.class);

	private final TelegramProperties properties;

	TelegramWebhook(TelegramProperties properties) {
		this.properties = properties;
		if (properties.enabled() && properties.secretToken().isBlank()) {
			log.warn("helpdesk.channels.telegram.secret-token is empty: every Telegram update will be refused. "
					+ "Set it to the secret_token given to setWebhook.");
		}
	}

	@Override
	public ChannelType channel() {
		return ChannelType.TELEGRAM;
	}

	@Override
	public boolean enabled() {
		return this.properties.enabled();
	}

	@Override
	public void verify(WebhookRequest request) {
		String secret = request.header(TelegramSecret.HEADER);
		if (!TelegramSecret.matches(secret, this.properties.secretToken())) {
			throw WebhookRejection.forbidden(ChannelType.TELEGRAM, (secret == null) ? "missing_secret" : "bad_secret",
					"Mã bí mật X-Telegram-Bot-Api-Secret-Token không đúng.");
		}
	}

	@Override
	public WebhookEvents events(WebhookRequest request) {
		String updateId = TelegramUpdates.updateId(request.json());
		if (updateId.isEmpty()) {
			throw WebhookRejection.badRequest(ChannelType.TELEGRAM, "missing_update_id",
					"Bản cập nhật Telegram thiếu update_id.");
		}
		return WebhookEvents.one(updateId, request.text());
	}

}

package vn.hocvuso.helpdesk.inbox;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import vn.hocvuso.helpdesk.shared.ChannelType;

/**
 * The checks every webhook request passes before anything is stored, in this order: the
 * address names a channel, the channel is on, its provider's proof holds
 * ({@link ChannelWebhook#verify}), and the body holds events
 * ({@link ChannelWebhook#events}). A refusal is thrown: a 404 for an unknown or
 * switched-off channel, else a {@link WebhookRejection}.
 */
class WebhookReception {

	private final Map<String, ChannelWebhook> webhooks;

	private final JsonMapper json;

	WebhookReception(List<ChannelWebhook> webhooks, JsonMapper json) {
		this.webhooks = webhooks.stream()
			.collect(Collectors.toMap((webhook) -> webhook.channel().id(), Function.identity()));
		this.json = json;
	}

	/** The events of a request to {@code /webhooks/<channelId>}, once it passed. */
	Received receive(String channelId, byte @Nullable [] body, HttpHeaders headers) {
		ChannelWebhook webhook = this.webhooks.get(channelId);
		if (webhook == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có kênh nhận webhook ở địa chỉ này.");
		}
		webhook.requireEnabled();
		WebhookRequest request = new WebhookRequest(webhook.channel(), body, headers, this.json);
		webhook.verify(request);
		return new Received(webhook.channel(), webhook.events(request));
	}

	/**
	 * A request that passed.
	 *
	 * @param channel whose it is
	 * @param events what it holds
	 */
	record Received(ChannelType channel, WebhookEvents events) {
	}

}

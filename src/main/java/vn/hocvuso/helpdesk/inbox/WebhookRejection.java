package vn.hocvuso.helpdesk.inbox;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import vn.hocvuso.helpdesk.shared.ChannelType;

/**
 * A webhook request refused before anything was stored: a missing or wrong signature or
 * secret, or a body that is empty, not JSON, or without the provider's event id. It
 * carries the status and the Vietnamese explanation the provider gets as problem+json,
 * and the reason under which {@link RejectedWebhooks} counts it in
 * {@code helpdesk.webhooks.rejected}.
 */
public final class WebhookRejection extends ResponseStatusException {

	private final ChannelType channel;

	private final String reasonTag;

	private WebhookRejection(ChannelType channel, HttpStatus status, String reasonTag, String message) {
		super(status, message);
		this.channel = channel;
		this.reasonTag = reasonTag;
	}

	/** A body that cannot be read as the provider's events (400). */
	public static WebhookRejection badRequest(ChannelType channel, String reasonTag, String message) {
		return new WebhookRejection(channel, HttpStatus.BAD_REQUEST, reasonTag, message);
	}

	/** A missing or wrong signature (401). */
	public static WebhookRejection unauthorized(ChannelType channel, String reasonTag, String message) {
		return new WebhookRejection(channel, HttpStatus.UNAUTHORIZED, reasonTag, message);
	}

	/** A missing or wrong shared secret (403). */
	public static WebhookRejection forbidden(ChannelType channel, String reasonTag, String message) {
		return new WebhookRejection(channel, HttpStatus.FORBIDDEN, reasonTag, message);
	}

	public ChannelType channel() {
		return this.channel;
	}

	/** The counter's reason tag, such as {@code bad_signature}. */
	public String reasonTag() {
		return this.reasonTag;
	}

}

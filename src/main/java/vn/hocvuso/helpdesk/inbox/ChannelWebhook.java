package vn.hocvuso.helpdesk.inbox;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import vn.hocvuso.helpdesk.shared.ChannelType;

/**
 * One channel's part of the shared webhook {@code POST /webhooks/<channel id>}: whether
 * the channel is on, how its provider proves that a request is genuine, and which events
 * a verified body holds. Everything else (unknown and switched-off channels, counting
 * refusals, making each event durable before the 200) is the inbox's. A channel is one
 * bean of this type and one {@link InboundEventHandler}.
 */
public interface ChannelWebhook {

	/** The channel; its id is the last segment of the webhook's address. */
	ChannelType channel();

	boolean enabled();

	/**
	 * Refuses, with a {@link WebhookRejection}, a request its provider did not send. Runs
	 * first; it reads the body, and parses it, only if the provider's scheme needs to.
	 */
	void verify(WebhookRequest request);

	/**
	 * The events of a verified request, each under the id its provider repeats when it
	 * delivers the event again. May refuse a body that lacks what the provider always
	 * sends, such as that id.
	 */
	WebhookEvents events(WebhookRequest request);

	/**
	 * Answers 404 "Kênh … chưa được bật." while the channel is off: for the shared
	 * webhook, and for the channel's own endpoints too.
	 */
	default void requireEnabled() {
		if (!enabled()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Kênh " + channel().label() + " chưa được bật.");
		}
	}

}

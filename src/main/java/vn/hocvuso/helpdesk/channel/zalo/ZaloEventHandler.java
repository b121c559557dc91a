package vn.hocvuso.helpdesk.channel.zalo;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import vn.hocvuso.helpdesk.conversation.ConversationService;
import vn.hocvuso.helpdesk.inbox.InboundEventHandler;
import vn.hocvuso.helpdesk.metrics.MeterNames;
import vn.hocvuso.helpdesk.shared.ChannelType;

/**
 * What each Zalo event means for the help desk: a resident's message goes to the
 * conversation (pictures and files included), a follow gets a welcome, an unfollow is
 * noted on the resident, and the OA's own echoes, read receipts and unknown events are
 * counted and skipped.
 */
@Component
class ZaloEventHandler implements InboundEventHandler {

	private static final Logger log = LoggerFactory.getLogger(ZaloEventHandler.class);

	private final ConversationService conversations;

	private final JsonMapper json;

	private final MeterRegistry meters;

	private final Clock clock;

	ZaloEventHandler(ConversationService conversations, JsonMapper json, MeterRegistry meters, Clock clock) {
		this.conversations = conversations;
		this.json = json;
		this.meters = meters;
		this.clock = clock;
	}

	@Override
	public ChannelType channel() {
		return ChannelType.ZALO;
	}

	@Override
	public Mono<Void> handle(String payload) {
		JsonNode event = this.json.readTree(payload);
		String name = ZaloEvents.name(event);
		String user = ZaloEvents.userId(event);
		if (name.equals("follow") && !user.isEmpty()) {
			return this.conversations.welcome(ChannelType.ZALO, user).then();
		}
		if (name.equals("unfollow") && !user.isEmpty()) {
			return this.conversations.unfollowed(ChannelType.ZALO, user);
		}
		if (name.startsWith("user_send_") && !user.isEmpty() && !ZaloEvents.eventId(event).isEmpty()
				&& event.path("message").path("msg_id").isString()) {
			return this.conversations.handle(ZaloEvents.message(event, this.clock.instant())).then();
		}
		return ignore(name);
	}

	private Mono<Void> ignore(String name) {
		boolean expected = name.startsWith("oa_send_") || name.equals("user_seen_message")
				|| name.equals("user_received_message") || name.equals("anonymous_send_text")
				|| name.equals("user_submit_info");
		if (!expected) {
			log.info("Skipping a Zalo event the help desk does not handle: '{}'", name);
		}
		this.meters
			.counter(MeterNames.WEBHOOK_IGNORED, MeterNames.CHANNEL, ChannelType.ZALO.id(), MeterNames.EVENT,
					expected ? name : "unknown")
			.increment();
		return Mono.empty();
	}

}

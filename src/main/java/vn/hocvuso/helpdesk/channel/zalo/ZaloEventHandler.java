package vn.hocvuso.helpdesk.channel.zalo;

import java.time.Clock;

import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

import vn.hocvuso.helpdesk.conversation.ConversationService;
import vn.hocvuso.helpdesk.inbox.EventOutcome;
import vn.hocvuso.helpdesk.inbox.InboundEventHandler;
import vn.hocvuso.helpdesk.shared.ChannelType;

/**
 * What each Zalo event means for the help desk: a resident's message goes to the
 * conversation (pictures and files included), a follow gets a welcome, an unfollow is
 * noted on the resident, and the OA's own echoes, read receipts and unknown events are
 * skipped.
 */
@Component
class ZaloEventHandler implements InboundEventHandler {

	private final ConversationService conversations;

	private final Clock clock;

	ZaloEventHandler(ConversationService conversations, Clock clock) {
		this.conversations = conversations;
		this.clock = clock;
	}

	@Override
	public ChannelType channel() {
		return ChannelType.ZALO;
	}

	@Override
	public Mono<EventOutcome> handle(JsonNode event) {
		String name = ZaloEvents.name(event);
		String user = ZaloEvents.userId(event);
		if (name.equals("follow") && !user.isBlank()) {
			return this.conversations.welcome(ChannelType.ZALO, user).thenReturn(EventOutcome.handled());
		}
		if (name.equals("unfollow") && !user.isBlank()) {
			return this.conversations.unfollowed(ChannelType.ZALO, user).thenReturn(EventOutcome.handled());
		}
		if (isResidentsMessage(name, user, event)) {
			return this.conversations.handle(ZaloEvents.message(event, this.clock.instant()))
				.thenReturn(EventOutcome.handled());
		}
		return Mono.just(EventOutcome.skipped(name, expectedSkip(name)));
	}

	/** A resident's message the inbox gave up on: the resident is told, and a person. */
	@Override
	public Mono<Void> giveUp(JsonNode event) {
		String user = ZaloEvents.userId(event);
		return isResidentsMessage(ZaloEvents.name(event), user, event) ? this.conversations
			.couldNotProcess(ChannelType.ZALO, user, event.path("message").path("msg_id").asString()) : Mono.empty();
	}

	/** A message from a resident, with a sender and a message id that are not blank. */
	private static boolean isResidentsMessage(String name, String user, JsonNode event) {
		JsonNode messageId = event.path("message").path("msg_id");
		return name.startsWith("user_send_") && !user.isBlank() && messageId.isString()
				&& !messageId.asString().isBlank();
	}

	/** The OA's own messages, receipts, and events of residents the OA cannot answer. */
	private static boolean expectedSkip(String name) {
		return name.startsWith("oa_send_") || name.equals("user_seen_message") || name.equals("user_received_message")
				|| name.equals("anonymous_send_text") || name.equals("user_submit_info");
	}

}

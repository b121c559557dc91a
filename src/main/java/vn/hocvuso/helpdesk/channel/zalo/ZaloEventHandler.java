package vn.hocvuso.helpdesk.channel.zalo;

import java.time.Clock;

import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

import vn.hocvuso.helpdesk.conversation.ConversationService;
import vn.hocvuso.helpdesk.conversation.OutsideReply;
import vn.hocvuso.helpdesk.conversation.ResidentUpdates;
import vn.hocvuso.helpdesk.inbox.EventOutcome;
import vn.hocvuso.helpdesk.inbox.InboundEventHandler;
import vn.hocvuso.helpdesk.shared.ChannelType;

/**
 * What each Zalo event means for the help desk: a resident's message goes to the
 * conversation (pictures and files included, and those of people who do not follow the
 * OA), a follow gets a welcome, an unfollow is noted on the resident, a message a person
 * sent from the OA's own chat tool goes on the resident's ticket (the bot then stays
 * silent), and the bot's own echoes, read receipts and unknown events are skipped.
 */
@Component
class ZaloEventHandler implements InboundEventHandler {

	/** Who wrote a message sent from the OA's own chat tool, as shown on the ticket. */
	static final String OA_CHAT = "Zalo OA";

	private final ConversationService conversations;

	private final ResidentUpdates updates;

	private final ZaloProfiles profiles;

	private final Clock clock;

	ZaloEventHandler(ConversationService conversations, ResidentUpdates updates, ZaloProfiles profiles, Clock clock) {
		this.conversations = conversations;
		this.updates = updates;
		this.profiles = profiles;
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
				// The name is a nicety: looked up beside the event, never holding it up.
				.doOnSuccess((turn) -> this.profiles.lookUp(user).subscribe())
				.thenReturn(EventOutcome.handled());
		}
		if (ZaloEvents.isPersonsMessage(event)) {
			return this.updates
				.answeredOutside(new OutsideReply(ChannelType.ZALO, ZaloEvents.recipientId(event),
						event.path("message").path("msg_id").asString(), ZaloEvents.personsText(event), OA_CHAT,
						ZaloEvents.time(event, this.clock.instant())))
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

	/**
	 * A message from a resident (or a person who does not follow the OA), with a sender
	 * and a message id that are not blank.
	 */
	private static boolean isResidentsMessage(String name, String user, JsonNode event) {
		JsonNode messageId = event.path("message").path("msg_id");
		return (name.startsWith("user_send_") || name.startsWith("anonymous_send_")) && !user.isBlank()
				&& messageId.isString() && !messageId.asString().isBlank();
	}

	/**
	 * The bot's own messages, receipts, and events the help desk has no use for.
	 */
	private static boolean expectedSkip(String name) {
		return name.startsWith("oa_send_") || name.equals("user_seen_message") || name.equals("user_received_message")
				|| name.equals("user_submit_info");
	}

}

package vn.hocvuso.helpdesk.channel.messenger;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;

import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

import vn.hocvuso.helpdesk.conversation.ConversationService;
import vn.hocvuso.helpdesk.conversation.InboundMessage;
import vn.hocvuso.helpdesk.inbox.EventOutcome;
import vn.hocvuso.helpdesk.inbox.InboundEventHandler;
import vn.hocvuso.helpdesk.shared.ChannelType;

/**
 * What each stored Messenger item means for the help desk: a resident's text, quick-reply
 * tap, postback or attachment goes to the conversation; the Page's own echoes, delivery
 * and read receipts, and anything unknown are skipped.
 */
@Component
class MessengerEventHandler implements InboundEventHandler {

	private static final Set<String> EXPECTED_SKIPS = Set.of("echo", "delivery", "read");

	private final ConversationService conversations;

	private final Clock clock;

	MessengerEventHandler(ConversationService conversations, Clock clock) {
		this.conversations = conversations;
		this.clock = clock;
	}

	@Override
	public ChannelType channel() {
		return ChannelType.MESSENGER;
	}

	@Override
	public Mono<EventOutcome> handle(JsonNode item) {
		Optional<InboundMessage> message = MessengerEvents.message(item, this.clock.instant());
		if (message.isPresent()) {
			return this.conversations.handle(message.get()).thenReturn(EventOutcome.handled());
		}
		String name = MessengerEvents.skipped(item);
		boolean expected = EXPECTED_SKIPS.contains(name);
		// An unknown item is logged by its fields, which say what it is.
		return Mono.just(EventOutcome.skipped(expected ? name : "item with fields " + item.propertyNames(), expected));
	}

	/** A resident's message the inbox gave up on: the resident is told, and a person. */
	@Override
	public Mono<Void> giveUp(JsonNode item) {
		String sender = MessengerEvents.senderId(item);
		String mid = item.path("message").path("mid").asString(item.path("postback").path("mid").asString(""));
		return (sender.isBlank() || mid.isBlank()) ? Mono.empty()
				: this.conversations.couldNotProcess(ChannelType.MESSENGER, sender, mid);
	}

}

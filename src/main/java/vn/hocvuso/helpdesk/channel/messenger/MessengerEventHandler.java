package vn.hocvuso.helpdesk.channel.messenger;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import vn.hocvuso.helpdesk.conversation.ConversationService;
import vn.hocvuso.helpdesk.conversation.InboundMessage;
import vn.hocvuso.helpdesk.inbox.InboundEventHandler;
import vn.hocvuso.helpdesk.metrics.MeterNames;
import vn.hocvuso.helpdesk.shared.ChannelType;

/**
 * What each stored Messenger item means for the help desk: a resident's text, quick-reply
 * tap, postback or attachment goes to the conversation; the Page's own echoes, delivery
 * and read receipts, and anything unknown are counted and skipped.
 */
@Component
class MessengerEventHandler implements InboundEventHandler {

	private static final Logger log = LoggerFactory.getLogger(MessengerEventHandler.class);

	private static final Set<String> EXPECTED_SKIPS = Set.of("echo", "delivery", "read");

	private final ConversationService conversations;

	private final JsonMapper json;

	private final MeterRegistry meters;

	private final Clock clock;

	MessengerEventHandler(ConversationService conversations, JsonMapper json, MeterRegistry meters, Clock clock) {
		this.conversations = conversations;
		this.json = json;
		this.meters = meters;
		this.clock = clock;
	}

	@Override
	public ChannelType channel() {
		return ChannelType.MESSENGER;
	}

	@Override
	public Mono<Void> handle(String payload) {
		JsonNode item = this.json.readTree(payload);
		Optional<InboundMessage> message = MessengerEvents.message(item, this.clock.instant());
		if (message.isPresent()) {
			return this.conversations.handle(message.get()).then();
		}
		return ignore(MessengerEvents.skipped(item), item);
	}

	private Mono<Void> ignore(String name, JsonNode item) {
		if (!EXPECTED_SKIPS.contains(name)) {
			log.info("Skipping a Messenger item the help desk does not handle, with fields {}", item.propertyNames());
		}
		this.meters
			.counter(MeterNames.WEBHOOK_IGNORED, MeterNames.CHANNEL, ChannelType.MESSENGER.id(), MeterNames.EVENT, name)
			.increment();
		return Mono.empty();
	}

}

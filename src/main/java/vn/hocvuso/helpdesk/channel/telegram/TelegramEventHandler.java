package vn.hocvuso.helpdesk.channel.telegram;

import java.time.Clock;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

import vn.hocvuso.helpdesk.conversation.ConversationService;
import vn.hocvuso.helpdesk.conversation.InboundMessage;
import vn.hocvuso.helpdesk.inbox.EventOutcome;
import vn.hocvuso.helpdesk.inbox.InboundEventHandler;
import vn.hocvuso.helpdesk.shared.ChannelType;

/**
 * What each Telegram update means for the help desk: a resident's message goes to the
 * conversation (pictures, files and voice notes included), {@code /start} gets the
 * welcome, a tapped inline button is the resident's answer (and is acknowledged so the
 * button stops spinning), and edits, channel posts, other bots and unknown updates are
 * skipped.
 */
@Component
class TelegramEventHandler implements InboundEventHandler {

	private static final Logger log = LoggerFactory.getLogger(TelegramEventHandler.class);

	/** Updates the bot is expected to see and skip; any other name counts as unknown. */
	private static final Set<String> EXPECTED_SKIPS = Set.of("edited_message", "channel_post", "edited_channel_post",
			"bot_message", "service_message", "my_chat_member", "chat_member", "message_reaction",
			"message_reaction_count", "callback_query_without_data");

	private final ConversationService conversations;

	private final TelegramApi api;

	private final Clock clock;

	TelegramEventHandler(ConversationService conversations, TelegramApi api, Clock clock) {
		this.conversations = conversations;
		this.api = api;
		this.clock = clock;
	}

	@Override
	public ChannelType channel() {
		return ChannelType.TELEGRAM;
	}

	@Override
	public Mono<EventOutcome> handle(JsonNode update) {
		String updateId = TelegramUpdates.updateId(update);
		String kind = TelegramUpdates.kind(update);
		if (updateId.isEmpty()) {
			return skip("unknown");
		}
		return switch (kind) {
			case "message" -> message(update.path("message"), updateId);
			case "callback_query" -> callback(update.path("callback_query"), updateId);
			default -> skip(kind);
		};
	}

	private Mono<EventOutcome> message(JsonNode message, String updateId) {
		String chatId = TelegramUpdates.id(message.path("chat").path("id"));
		if (message.path("from").path("is_bot").asBoolean(false)) {
			return skip("bot_message");
		}
		if (chatId.isEmpty()) {
			return skip("unknown");
		}
		if (TelegramUpdates.isStart(message)) {
			return this.conversations.welcome(ChannelType.TELEGRAM, chatId).thenReturn(EventOutcome.handled());
		}
		return TelegramUpdates.message(message, chatId, updateId, this.clock.instant())
			.map((inbound) -> this.conversations.handle(inbound).thenReturn(EventOutcome.handled()))
			.orElseGet(() -> skip("service_message"));
	}

	/** A resident's message the inbox gave up on: the resident is told, and a person. */
	@Override
	public Mono<Void> giveUp(JsonNode update) {
		String updateId = TelegramUpdates.updateId(update);
		JsonNode from = update.has("callback_query") ? update.path("callback_query").path("message")
				: update.path("message");
		String chatId = TelegramUpdates.id(from.path("chat").path("id"));
		return (updateId.isEmpty() || chatId.isEmpty()) ? Mono.empty()
				: this.conversations.couldNotProcess(ChannelType.TELEGRAM, chatId, updateId);
	}

	/** A tapped inline button: its data is what the resident chose. */
	private Mono<EventOutcome> callback(JsonNode query, String updateId) {
		String chatId = TelegramUpdates.id(query.path("message").path("chat").path("id"));
		if (chatId.isEmpty()) {
			chatId = TelegramUpdates.id(query.path("from").path("id"));
		}
		String data = query.path("data").asString("");
		Mono<Void> acknowledged = acknowledge(query.path("id").asString(""));
		if (chatId.isEmpty() || data.isBlank()) {
			return acknowledged.then(skip("callback_query_without_data"));
		}
		InboundMessage choice = InboundMessage.text(ChannelType.TELEGRAM, chatId, updateId, data, this.clock.instant());
		return Mono.when(acknowledged, this.conversations.handle(choice)).thenReturn(EventOutcome.handled());
	}

	/** Best effort: a failure only leaves the button spinning a little longer. */
	private Mono<Void> acknowledge(String callbackQueryId) {
		if (callbackQueryId.isEmpty()) {
			return Mono.empty();
		}
		return this.api.call("answerCallbackQuery", Map.of("callback_query_id", callbackQueryId)).doOnNext((answer) -> {
			if (!answer.ok()) {
				log.warn("Telegram refused answerCallbackQuery: {} {}", answer.errorCode(), answer.description());
			}
		}).onErrorResume((error) -> {
			log.warn("Could not answer a Telegram callback query: {}", TelegramReplySender.describe(error));
			return Mono.empty();
		}).then();
	}

	private static Mono<EventOutcome> skip(String kind) {
		return Mono.just(EventOutcome.skipped(kind, EXPECTED_SKIPS.contains(kind)));
	}

}

package vn.hocvuso.helpdesk.inbox;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import vn.hocvuso.helpdesk.shared.ChannelType;

/**
 * The channels' {@link InboundEventHandler}s, one per channel: runs a stored event
 * through its channel's handler, reading the payload as JSON first, and hands what the
 * handler skipped to {@link IgnoredEvents}.
 */
@Component
class EventHandlers {

	private final Map<ChannelType, InboundEventHandler> handlers;

	private final JsonMapper json;

	private final IgnoredEvents ignored;

	EventHandlers(List<InboundEventHandler> handlers, JsonMapper json, IgnoredEvents ignored) {
		this.handlers = handlers.stream().collect(Collectors.toMap(InboundEventHandler::channel, Function.identity()));
		this.json = json;
		this.ignored = ignored;
	}

	boolean handles(ChannelType channel) {
		return this.handlers.containsKey(channel);
	}

	/**
	 * Handles one event of a channel that {@link #handles has a handler}; a payload that
	 * is not JSON, like any other error, fails the attempt.
	 */
	Mono<Void> handle(ChannelType channel, String payload) {
		InboundEventHandler handler = this.handlers.get(channel);
		if (handler == null) {
			return Mono.error(new IllegalStateException("No handler for channel " + channel.id()));
		}
		return Mono.defer(() -> handler.handle(this.json.readTree(payload))).doOnNext((outcome) -> {
			if (outcome instanceof EventOutcome.Skipped skipped) {
				this.ignored.skipped(channel, skipped);
			}
		}).then();
	}

	/**
	 * Hands the sender of an event the inbox gave up on to a person, through its
	 * channel's handler; nothing when the payload cannot even be read.
	 */
	Mono<Void> giveUp(ChannelType channel, String payload) {
		InboundEventHandler handler = this.handlers.get(channel);
		if (handler == null) {
			return Mono.empty();
		}
		return Mono.defer(() -> handler.giveUp(this.json.readTree(payload)));
	}

}

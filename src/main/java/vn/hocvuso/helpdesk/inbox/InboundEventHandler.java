package vn.hocvuso.helpdesk.inbox;

import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import vn.hocvuso.helpdesk.shared.ChannelType;

/**
 * Turns one accepted webhook event of a channel into work: a message for the
 * conversation, a welcome, a note on the resident, or a skip. Must be safe to run twice
 * for the same event (after a crash), which the conversation's de-duplication gives.
 */
public interface InboundEventHandler {

	ChannelType channel();

	/**
	 * What the event means. The inbox has read the stored payload as JSON; an error fails
	 * this attempt and the event is tried again later.
	 */
	Mono<EventOutcome> handle(JsonNode event);

	/**
	 * The inbox gave up on this event after its attempts: tell its sender, and a person,
	 * without reading the message again (reading it is what failed). Nothing for an event
	 * that has no sender to answer.
	 */
	default Mono<Void> giveUp(JsonNode event) {
		return Mono.empty();
	}

}

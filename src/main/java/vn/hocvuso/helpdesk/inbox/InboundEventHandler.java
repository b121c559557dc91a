package vn.hocvuso.helpdesk.inbox;

import reactor.core.publisher.Mono;

import vn.hocvuso.helpdesk.shared.ChannelType;

/**
 * Turns one accepted webhook event of a channel into work: a message for the
 * conversation, a welcome, a note on the resident, or a counted skip. Must be safe to run
 * twice for the same event (after a crash), which the conversation's de-duplication
 * gives.
 */
public interface InboundEventHandler {

	ChannelType channel();

	Mono<Void> handle(String payload);

}

package vn.hocvuso.helpdesk.conversation;

import reactor.core.publisher.Mono;

import vn.hocvuso.helpdesk.shared.ChannelType;

/**
 * Delivers replies to residents on one channel. Each channel adapter provides one bean;
 * adding a channel needs nothing else here.
 */
public interface ReplySender {

	ChannelType channel();

	Mono<Void> send(Reply reply);

}

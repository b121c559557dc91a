package vn.hocvuso.helpdesk.delivery;

import reactor.core.publisher.Mono;

import vn.hocvuso.helpdesk.shared.ChannelType;

/**
 * Delivers replies to residents on one channel. Each channel adapter provides one bean;
 * adding a channel needs nothing else here. Expected failures are results, not errors: an
 * error from {@link #send} is treated as a passing problem and retried.
 */
public interface ReplySender {

	ChannelType channel();

	Mono<DeliveryResult> send(Reply reply);

}

package vn.hocvuso.helpdesk.web;

import java.net.InetSocketAddress;

import reactor.core.publisher.Mono;
import reactor.util.context.Context;

import org.springframework.web.server.ServerWebExchange;

/**
 * Where a request came from: the connection's remote address, or the address a trusted
 * proxy forwarded when {@code server.forward-headers-strategy} is set (Spring then puts
 * that address in the request before any of our code sees it).
 *
 * @param value the IP address as text, or {@code unknown} when the server did not say
 */
record ClientAddress(String value) {

	static final ClientAddress UNKNOWN = new ClientAddress("unknown");

	ClientAddress {
		if (value.isBlank()) {
			throw new IllegalArgumentException("A client address needs a value");
		}
	}

	static ClientAddress of(ServerWebExchange exchange) {
		InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
		if (remote == null) {
			return UNKNOWN;
		}
		return new ClientAddress(
				(remote.getAddress() != null) ? remote.getAddress().getHostAddress() : remote.getHostString());
	}

	/**
	 * The address of the request being handled, for code that is not handed the exchange
	 * (an authentication manager); see {@link ClientAddressFilter}.
	 */
	static Mono<ClientAddress> current() {
		return Mono.deferContextual((context) -> Mono.just(context.getOrDefault(ClientAddress.class, UNKNOWN)));
	}

	Context addTo(Context context) {
		return context.put(ClientAddress.class, this);
	}

	@Override
	public String toString() {
		return this.value;
	}

}

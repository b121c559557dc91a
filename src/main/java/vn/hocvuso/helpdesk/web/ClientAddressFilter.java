package vn.hocvuso.helpdesk.web;

import reactor.core.publisher.Mono;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Puts the request's {@link ClientAddress} in the Reactor context, before the security
 * filters (order -100) so that signing in, which is not handed the exchange, can count
 * failures per address.
 */
@Component
@Order(-200)
class ClientAddressFilter implements WebFilter {

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ClientAddress address = ClientAddress.of(exchange);
		return chain.filter(exchange).contextWrite(address::addTo);
	}

}

package vn.hocvuso.helpdesk.web;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Answers the requests Spring Security's firewall refuses before any route sees them (an
 * encoded slash, NUL or {@code ..} in the path, a method such as {@code TRACE}) with a
 * problem like every other refusal: 405 for the method, 400 for the address. Without it
 * they got a bare 400 with no body.
 */
@Component
class FirewallRejections implements ServerExchangeRejectedHandler {

	private static final Logger log = LoggerFactory.getLogger(FirewallRejections.class);

	private static final Set<HttpMethod> ALLOWED = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.POST,
			HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE, HttpMethod.OPTIONS);

	private final ProblemWriter problems;

	FirewallRejections(ProblemWriter problems) {
		this.problems = problems;
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException rejected) {
		log.info("Refused {} {}: {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(),
				rejected.getMessage());
		if (!ALLOWED.contains(exchange.getRequest().getMethod())) {
			return this.problems.write(exchange, HttpStatus.METHOD_NOT_ALLOWED,
					"Địa chỉ này không nhận phương thức HTTP đã dùng.");
		}
		return this.problems.write(exchange, HttpStatus.BAD_REQUEST,
				"Địa chỉ yêu cầu có ký tự không được phép (dấu '/' mã hoá, '..' hoặc ký tự NUL).");
	}

}

package vn.hocvuso.helpdesk.web;

import java.time.Duration;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Every request is answered within a bounded time: one that has not finished after
 * {@code request-timeout} ({@code export-timeout} for the reports, which stream a year of
 * cases) gets a 503 problem instead of leaving the caller waiting. The console's live
 * stream, which never ends by design, is left alone.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestTimeoutFilter implements WebFilter {

	static final String TOO_SLOW = "Máy chủ đang bận, chưa trả lời kịp. Bác vui lòng thử lại sau ít phút.";

	private static final Logger log = LoggerFactory.getLogger(RequestTimeoutFilter.class);

	private static final String LIVE_STREAM = "/api/v1/tickets/events";

	private static final String REPORTS = "/api/v1/reports/";

	/** The store's copy for staff to download, as long to write as a report. */
	private static final String BACKUP = "/api/v1/backup.zip";

	private final WebProperties properties;

	RequestTimeoutFilter(WebProperties properties) {
		this.properties = properties;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String path = exchange.getRequest().getPath().value();
		if (path.equals(LIVE_STREAM)) {
			return chain.filter(exchange);
		}
		Duration limit = (path.startsWith(REPORTS) || path.equals(BACKUP)) ? this.properties.exportTimeout()
				: this.properties.requestTimeout();
		return chain.filter(exchange).timeout(limit).onErrorMap(TimeoutException.class, (slow) -> {
			log.warn("{} {} took longer than {}; answered 503", exchange.getRequest().getMethod(), path, limit);
			return new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, TOO_SLOW);
		});
	}

}

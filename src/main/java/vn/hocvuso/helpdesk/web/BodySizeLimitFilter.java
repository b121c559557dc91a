package vn.hocvuso.helpdesk.web;

import java.util.concurrent.atomic.AtomicLong;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Refuses request bodies over the limit with 413: at once when the declared length is too
 * big, and while reading when a body without a length grows too big.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class BodySizeLimitFilter implements WebFilter {

	static final String TOO_LARGE = "Nội dung gửi lên quá lớn.";

	private final long maxBytes;

	BodySizeLimitFilter(WebProperties properties) {
		this.maxBytes = properties.maxBodySize().toBytes();
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		long declared = exchange.getRequest().getHeaders().getContentLength();
		if (declared > this.maxBytes) {
			return Mono.error(new DataBufferLimitException("declared body of " + declared + " bytes"));
		}
		ServerHttpRequest limited = new ServerHttpRequestDecorator(exchange.getRequest()) {
			@Override
			public Flux<DataBuffer> getBody() {
				AtomicLong seen = new AtomicLong();
				return super.getBody().doOnNext((buffer) -> {
					if (seen.addAndGet(buffer.readableByteCount()) > BodySizeLimitFilter.this.maxBytes) {
						throw new DataBufferLimitException("body over " + BodySizeLimitFilter.this.maxBytes + " bytes");
					}
				});
			}
		};
		return chain.filter(exchange.mutate().request(limited).build());
	}

}

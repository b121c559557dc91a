package vn.hocvuso.helpdesk.web;

import java.util.List;
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
 * big, and while reading when a body without a length grows too big. File uploads have
 * their own, larger limit.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class BodySizeLimitFilter implements WebFilter {

	private static final String UPLOAD_LIMIT = BodySizeLimitFilter.class.getName() + ".uploadLimit";

	static final String TOO_LARGE = "Nội dung gửi lên quá lớn.";

	private final long maxBytes;

	private final long maxUploadBytes;

	private final List<String> uploadPaths;

	BodySizeLimitFilter(WebProperties properties) {
		this.maxBytes = properties.maxBodySize().toBytes();
		this.maxUploadBytes = properties.maxUploadSize().toBytes();
		this.uploadPaths = List.copyOf(properties.uploadPaths());
	}

	static String tooLarge(ServerWebExchange exchange) {
		Long upload = exchange.getAttribute(UPLOAD_LIMIT);
		if (upload == null) {
			return TOO_LARGE;
		}
		String limit = (upload >= 1024 * 1024) ? (upload / (1024 * 1024)) + " MB" : (upload / 1024) + " KB";
		return "Tệp gửi lên quá lớn: giới hạn là " + limit + ".";
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		boolean upload = this.uploadPaths.contains(exchange.getRequest().getPath().value());
		long maxBytes = upload ? this.maxUploadBytes : this.maxBytes;
		if (upload) {
			exchange.getAttributes().put(UPLOAD_LIMIT, maxBytes);
		}
		long declared = exchange.getRequest().getHeaders().getContentLength();
		if (declared > maxBytes) {
			return Mono.error(new DataBufferLimitException("declared body of " + declared + " bytes"));
		}
		ServerHttpRequest limited = new ServerHttpRequestDecorator(exchange.getRequest()) {
			@Override
			public Flux<DataBuffer> getBody() {
				AtomicLong seen = new AtomicLong();
				return super.getBody().doOnNext((buffer) -> {
					if (seen.addAndGet(buffer.readableByteCount()) > maxBytes) {
						throw new DataBufferLimitException("body over " + maxBytes + " bytes");
					}
				});
			}
		};
		return chain.filter(exchange.mutate().request(limited).build());
	}

}

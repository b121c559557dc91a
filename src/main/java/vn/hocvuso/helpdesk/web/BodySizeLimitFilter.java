package vn.hocvuso.helpdesk.web;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Refuses request bodies over the limit with 413: when the declared length is too big
 * (after reading and dropping a body of up to 16 MB, so the client is still listening for
 * the answer), and while reading when a body without a length grows too big. File uploads
 * have their own, larger limit.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class BodySizeLimitFilter implements WebFilter {

	private static final String UPLOAD_LIMIT = BodySizeLimitFilter.class.getName() + ".uploadLimit";

	static final String TOO_LARGE = "Nội dung gửi lên quá lớn.";

	/** The largest refused body read to its end so the client can read the 413. */
	private static final long MAX_DRAINED = 16L * 1024 * 1024;

	private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(10);

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

	/**
	 * Reads and drops a too-large body of a moderate declared size before the 413 is
	 * written. A client still sending when the server closes the connection gets a reset
	 * and never reads the answer; a body bigger than {@link #MAX_DRAINED}, or one that
	 * stalls, is not waited for.
	 */
	private static Mono<Void> drain(ServerWebExchange exchange, long declared) {
		if (declared > MAX_DRAINED) {
			return Mono.empty();
		}
		return exchange.getRequest()
			.getBody()
			.doOnNext(DataBufferUtils::release)
			.then()
			.timeout(DRAIN_TIMEOUT)
			.onErrorResume((error) -> Mono.empty());
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
			return drain(exchange, declared)
				.then(Mono.error(new DataBufferLimitException("declared body of " + declared + " bytes")));
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

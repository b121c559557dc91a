package vn.hocvuso.helpdesk.web;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.core.annotation.Order;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;
import org.springframework.web.server.WebExceptionHandler;

/**
 * Maps every error to problem+json in one place. Expected client errors keep their status
 * with a plain explanation; anything unexpected is logged with its stack trace and
 * answered with a generic 500. An error after the answer began (a report that ran out of
 * time part way) cuts the answer off instead, never ends it as if it were complete.
 */
@Component
@Order(-2)
class ProblemDetailsHandler implements WebExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsHandler.class);

	private final ProblemWriter writer;

	ProblemDetailsHandler(ProblemWriter writer) {
		this.writer = writer;
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
		if (exchange.getResponse().isCommitted()) {
			// The answer has begun (a report a row at a time): passed on, the server
			// closes the connection, so the download fails; a problem written now would
			// end it as if it were complete.
			log.warn("{} {} failed after its answer began; the connection is closed: {}",
					exchange.getRequest().getMethod(), exchange.getRequest().getPath(), error.toString());
			return Mono.error(error);
		}
		if (causedBy(error, DataBufferLimitException.class)) {
			// The rest of the body may still be on the wire: close rather than reuse the
			// connection.
			exchange.getResponse().getHeaders().set(HttpHeaders.CONNECTION, "close");
			return this.writer.write(exchange, HttpStatus.CONTENT_TOO_LARGE, BodySizeLimitFilter.tooLarge(exchange));
		}
		if (error instanceof ResponseStatusException status) {
			HttpStatus code = HttpStatus.resolve(status.getStatusCode().value());
			Map<String, Object> properties = status.getBody().getProperties();
			return this.writer.write(exchange, (code != null) ? code : HttpStatus.BAD_REQUEST, detail(status),
					(properties != null) ? properties : Map.of());
		}
		log.error("Unexpected error on {} {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(),
				error);
		return this.writer.write(exchange, HttpStatus.INTERNAL_SERVER_ERROR,
				"Máy chủ gặp lỗi ngoài ý muốn. Bác vui lòng thử lại sau ít phút.");
	}

	private static String detail(ResponseStatusException error) {
		if (error instanceof UnsupportedMediaTypeStatusException) {
			return "Hãy gửi nội dung dạng JSON (Content-Type: application/json).";
		}
		if (error instanceof ServerWebInputException && causedBy(error, DecodingException.class)) {
			return "Nội dung gửi lên không phải JSON hợp lệ.";
		}
		String reason = error.getReason();
		boolean ours = error.getClass() == ResponseStatusException.class;
		if (ours && reason != null && !reason.isBlank()) {
			return reason;
		}
		if (error.getStatusCode().value() == 404 && error.getClass().getName().startsWith("org.springframework.")) {
			return "Không có trang hoặc địa chỉ API này.";
		}
		if (error.getStatusCode().value() == 405) {
			return "Địa chỉ này không nhận phương thức " + "HTTP đã dùng.";
		}
		return (reason != null && !reason.isBlank()) ? reason : ProblemWriter.title(HttpStatus.BAD_REQUEST);
	}

	private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
		for (Throwable cause = error; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return true;
			}
		}
		return false;
	}

}

package vn.hocvuso.helpdesk.web;

import java.util.LinkedHashMap;
import java.util.Map;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Writes RFC 9457 {@code application/problem+json} bodies: the one error format of the
 * REST API, with titles and details in Vietnamese and never a stack trace.
 */
@Component
public class ProblemWriter {

	private final JsonMapper json;

	ProblemWriter(JsonMapper json) {
		this.json = json;
	}

	public Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String detail) {
		return write(exchange, status, detail, Map.of());
	}

	/**
	 * @param properties extra members of the problem, e.g. {@code problems}: every
	 * problem found, for requests refused for more than one reason
	 */
	public Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String detail,
			Map<String, Object> properties) {
		ServerHttpResponse response = exchange.getResponse();
		if (response.isCommitted()) {
			return Mono.empty();
		}
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "urn:hoidapso:problem:" + status.value());
		problem.put("title", title(status));
		problem.put("status", status.value());
		problem.put("detail", detail);
		problem.put("instance", exchange.getRequest().getPath().value());
		properties.forEach(problem::putIfAbsent);
		response.setStatusCode(status);
		response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		byte[] body = this.json.writeValueAsBytes(problem);
		return response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(body)));
	}

	static String title(HttpStatus status) {
		return switch (status) {
			case BAD_REQUEST -> "Yêu cầu không hợp lệ";
			case UNAUTHORIZED -> "Cần đăng nhập";
			case FORBIDDEN -> "Không có quyền";
			case NOT_FOUND -> "Không tìm thấy";
			case METHOD_NOT_ALLOWED -> "Phương thức không được hỗ trợ";
			case CONFLICT -> "Không thực hiện được lúc này";
			case UNPROCESSABLE_CONTENT -> "Nội dung chưa đúng quy định";
			case NOT_ACCEPTABLE -> "Không có định dạng phù hợp";
			case CONTENT_TOO_LARGE -> "Nội dung quá lớn";
			case UNSUPPORTED_MEDIA_TYPE -> "Kiểu nội dung không được hỗ trợ";
			case TOO_MANY_REQUESTS -> "Gửi quá nhiều yêu cầu";
			case SERVICE_UNAVAILABLE -> "Dịch vụ tạm thời bận";
			default -> status.is5xxServerError() ? "Lỗi máy chủ" : "Yêu cầu không thực hiện được";
		};
	}

}

package vn.hocvuso.helpdesk.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.HtmlUtils;

/**
 * The login form of the console and staff pages, with the CSRF token in a hidden field
 * and a plain message after a wrong password, too many of them from this address
 * ({@code ?locked}) or a logout. Signing in itself is Spring Security's
 * ({@code POST /login}).
 */
@RestController
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
class LoginPageController {

	private final String template;

	private final WebProperties properties;

	LoginPageController(WebProperties properties) {
		this.properties = properties;
		try {
			this.template = new ClassPathResource("pages/login.html").getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The login page pages/login.html is missing from the build", ex);
		}
	}

	@GetMapping(path = "/login", produces = MediaType.TEXT_HTML_VALUE)
	Mono<String> page(ServerWebExchange exchange) {
		Mono<CsrfToken> token = exchange.getAttributeOrDefault(CsrfToken.class.getName(), Mono.empty());
		String message = message(exchange.getRequest().getQueryParams());
		return token.map(CsrfToken::getToken)
			.defaultIfEmpty("")
			.map((csrf) -> this.template.replace("{{csrf}}", HtmlUtils.htmlEscape(csrf, "UTF-8"))
				.replace("{{message}}", message));
	}

	private String message(MultiValueMap<String, String> query) {
		if (query.containsKey("locked")) {
			return notice("error",
					"Máy này đã nhập sai mật khẩu quá nhiều lần nên tạm thời chưa đăng nhập được. Hãy thử lại sau "
							+ this.properties.signIn().window().toMinutes()
							+ " phút. Tài khoản vẫn dùng được từ máy khác; nếu quên mật khẩu, hãy nhờ cán bộ phường đặt lại.");
		}
		if (query.containsKey("error")) {
			return notice("error", "Sai tên đăng nhập hoặc mật khẩu.");
		}
		if (query.containsKey("expired")) {
			return notice("error", "Trang đăng nhập đã mở quá lâu. Xin nhập lại tên và mật khẩu.");
		}
		if (query.containsKey("logout")) {
			return notice("ok", "Bạn đã đăng xuất.");
		}
		return "";
	}

	private static String notice(String kind, String text) {
		return "<div class=\"notice " + kind + "\" role=\"alert\">" + HtmlUtils.htmlEscape(text, "UTF-8") + "</div>";
	}

}

package vn.hocvuso.helpdesk.web;

import java.net.URI;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.web.server.DefaultServerRedirectStrategy;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint.DelegateEntry;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.ServerRedirectStrategy;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.logout.RedirectServerLogoutSuccessHandler;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.server.ServerWebExchange;

/**
 * What the app answers when signing in is needed, fails, is throttled or is refused:
 * problem+json for the API, the login page for people.
 */
final class SignInResponses {

	private static final Logger log = LoggerFactory.getLogger(SignInResponses.class);

	private final ProblemWriter problems;

	private final ServerRedirectStrategy redirects = new DefaultServerRedirectStrategy();

	private final ServerAuthenticationEntryPoint entryPoint;

	SignInResponses(ProblemWriter problems) {
		this.problems = problems;
		this.entryPoint = entryPoint(problems);
	}

	/**
	 * A throttled address gets 429 with {@code Retry-After}. Otherwise pages send people
	 * to the login form, and the API answers 401 problem+json, asking for HTTP Basic only
	 * when the caller is not one of our pages (which would otherwise get the browser's
	 * own password box).
	 */
	ServerAuthenticationEntryPoint entryPoint() {
		return (exchange, failure) -> {
			if (failure instanceof SignInThrottled throttled) {
				exchange.getResponse()
					.getHeaders()
					.set(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfterSeconds()));
				return this.problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS,
						"Quá nhiều lần nhập sai mật khẩu từ địa chỉ này. Hãy thử lại sau "
								+ throttled.retryAfterMinutes() + " phút.");
			}
			return this.entryPoint.commence(exchange, failure);
		};
	}

	private static ServerAuthenticationEntryPoint entryPoint(ProblemWriter problems) {
		ServerAuthenticationEntryPoint api = (exchange, denied) -> {
			if (!isOwnPage(exchange)) {
				exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"hoidapso\"");
			}
			return problems.write(exchange, HttpStatus.UNAUTHORIZED,
					"Cần đăng nhập bằng tài khoản cán bộ hoặc đại sứ số.");
		};
		DelegatingServerAuthenticationEntryPoint entryPoint = new DelegatingServerAuthenticationEntryPoint(
				new DelegateEntry(ServerWebExchangeMatchers.pathMatchers(SecurityConfiguration.PAGES),
						new RedirectServerAuthenticationEntryPoint("/login")));
		entryPoint.setDefaultEntryPoint(api);
		return entryPoint;
	}

	private static boolean isOwnPage(ServerWebExchange exchange) {
		return "fetch".equals(exchange.getRequest().getHeaders().getFirst("X-Requested-With"));
	}

	ServerAccessDeniedHandler outsideRole() {
		return (exchange, denied) -> exchange.getPrincipal()
			.map((principal) -> principal.getName())
			.defaultIfEmpty("(không rõ)")
			.flatMap((who) -> {
				log.warn("Refused {} {} to '{}': outside their role", exchange.getRequest().getMethod(),
						exchange.getRequest().getPath(), who);
				return this.problems.write(exchange, HttpStatus.FORBIDDEN,
						"Tài khoản này không có quyền dùng chức năng này.");
			});
	}

	/**
	 * A change without its CSRF token: from someone not signed in, a request to sign in;
	 * from a session, a refusal (the page is stale or the request forged).
	 */
	ServerAccessDeniedHandler csrfRefused() {
		return (exchange, denied) -> {
			if (exchange.getRequest().getPath().value().equals("/login")) {
				return this.redirects.sendRedirect(exchange, URI.create("/login?expired"));
			}
			return exchange.getSession().flatMap((session) -> {
				if (!session.isStarted()) {
					return this.entryPoint.commence(exchange,
							new AuthenticationCredentialsNotFoundException("not signed in"));
				}
				return this.problems.write(exchange, HttpStatus.FORBIDDEN,
						"Thiếu mã bảo vệ của phiên làm việc (CSRF) hoặc mã đã hết hạn. Hãy tải lại trang rồi thử lại.");
			});
		};
	}

	/**
	 * The login form again, saying why: a wrong password, or too many from this address.
	 */
	ServerAuthenticationFailureHandler loginFailure() {
		return (filterExchange, failure) -> this.redirects.sendRedirect(filterExchange.getExchange(),
				URI.create((failure instanceof SignInThrottled) ? "/login?locked" : "/login?error"));
	}

	static RedirectServerLogoutSuccessHandler loggedOut() {
		RedirectServerLogoutSuccessHandler handler = new RedirectServerLogoutSuccessHandler();
		handler.setLogoutSuccessUrl(URI.create("/login?logout"));
		return handler;
	}

}

package vn.hocvuso.helpdesk.web;

import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.http.ResponseCookie;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRepository;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.session.WebSessionIdResolver;

/**
 * The session cookie and the {@code XSRF-TOKEN} cookie get {@code Secure} when the
 * request came over HTTPS, directly or (with {@code server.forward-headers-strategy}) as
 * a trusted proxy said; over plain HTTP, as on a developer's machine, they are sent
 * without it so that signing in still works. Both are {@code SameSite=Lax}: see the
 * README.
 */
final class SecureCookies {

	private SecureCookies() {
	}

	/** Boot's session cookie resolver, adding {@code Secure} on HTTPS. */
	static WebSessionIdResolver sessions(WebSessionIdResolver resolver, String cookieName) {
		return new WebSessionIdResolver() {

			@Override
			public List<String> resolveSessionIds(ServerWebExchange exchange) {
				return resolver.resolveSessionIds(exchange);
			}

			@Override
			public void setSessionId(ServerWebExchange exchange, String sessionId) {
				resolver.setSessionId(exchange, sessionId);
				secureOnHttps(exchange, cookieName);
			}

			@Override
			public void expireSession(ServerWebExchange exchange) {
				resolver.expireSession(exchange);
				secureOnHttps(exchange, cookieName);
			}

		};
	}

	/**
	 * The CSRF token in a cookie pages can read, {@code SameSite=Lax}, secure on HTTPS.
	 */
	static ServerCsrfTokenRepository csrfTokens() {
		CookieServerCsrfTokenRepository cookies = CookieServerCsrfTokenRepository.withHttpOnlyFalse();
		cookies.setCookieCustomizer((cookie) -> cookie.sameSite("Lax"));
		return new ServerCsrfTokenRepository() {

			@Override
			public Mono<CsrfToken> generateToken(ServerWebExchange exchange) {
				return cookies.generateToken(exchange);
			}

			@Override
			public Mono<Void> saveToken(ServerWebExchange exchange, CsrfToken token) {
				return cookies.saveToken(exchange, token)
					.then(Mono.fromRunnable(() -> secureOnHttps(exchange, "XSRF-TOKEN")));
			}

			@Override
			public Mono<CsrfToken> loadToken(ServerWebExchange exchange) {
				return cookies.loadToken(exchange);
			}

		};
	}

	static boolean isHttps(ServerWebExchange exchange) {
		return exchange.getRequest().getSslInfo() != null
				|| "https".equalsIgnoreCase(exchange.getRequest().getURI().getScheme());
	}

	private static void secureOnHttps(ServerWebExchange exchange, String cookieName) {
		if (!isHttps(exchange)) {
			return;
		}
		ServerHttpResponse response = exchange.getResponse();
		List<ResponseCookie> cookies = response.getCookies().get(cookieName);
		if (cookies != null) {
			response.getCookies()
				.put(cookieName, cookies.stream().map((cookie) -> cookie.mutate().secure(true).build()).toList());
		}
	}

}

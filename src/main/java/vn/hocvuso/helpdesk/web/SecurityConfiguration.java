package vn.hocvuso.helpdesk.web;

import java.net.URI;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.authentication.UserDetailsRepositoryReactiveAuthenticationManager;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.userdetails.ReactiveUserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint.DelegateEntry;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.ServerRedirectStrategy;
import org.springframework.security.web.server.DefaultServerRedirectStrategy;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.logout.RedirectServerLogoutSuccessHandler;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.util.matcher.AndServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.NegatedServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;

/**
 * Who may call what.
 * <ul>
 * <li>Open: the web chat and its API, webhooks, the login page, health and metrics, the
 * public leaderboard.</li>
 * <li>Pages: {@code /console/**} for staff and ambassadors, {@code /staff/**} for staff;
 * people sign in with the login form and keep a session cookie.</li>
 * <li>API: {@code /api/v1/tickets/**}, {@code /api/v1/me}, {@code /api/v1/answers} and an
 * ambassador's numbers ({@code /api/v1/indicators/ambassadors/*}, where the controller
 * lets an ambassador read their own only) for staff and ambassadors, the rest of
 * {@code /api/v1/**} for staff. Integrations use HTTP Basic; the console's own pages use
 * their session.</li>
 * </ul>
 * Requests that rely on the session cookie must carry the CSRF token (cookie
 * {@code XSRF-TOKEN}, sent back as header {@code X-XSRF-TOKEN} or form field
 * {@code _csrf}); requests that authenticate themselves with an {@code Authorization}
 * header need none. Refusals are problem+json for the API and a redirect to the login
 * page for pages.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
class SecurityConfiguration {

	static final String[] PAGES = { "/console/**", "/staff/**" };

	private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

	private static final Set<HttpMethod> SAFE_METHODS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
			HttpMethod.TRACE);

	private final ServerRedirectStrategy redirects = new DefaultServerRedirectStrategy();

	@Bean
	SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, ProblemWriter problems,
			ReactiveUserDetailsService accounts, PasswordEncoder encoder, WebProperties properties) {
		ReactiveAuthenticationManager signIn = signIn(accounts, encoder, properties);
		ServerAuthenticationEntryPoint entryPoint = entryPoint(problems);
		return http
			.authorizeExchange((exchanges) -> exchanges.pathMatchers("/console/console.css", "/console/console.js")
				.permitAll()
				.pathMatchers("/staff/**")
				.hasRole("STAFF")
				.pathMatchers("/console/**", "/api/v1/tickets/**", "/api/v1/me", "/api/v1/answers",
						"/api/v1/indicators/ambassadors/*")
				.hasAnyRole("STAFF", "AMBASSADOR")
				.pathMatchers("/api/v1/webchat/**")
				.permitAll()
				.pathMatchers("/api/v1/**")
				.hasRole("STAFF")
				.pathMatchers("/leaderboard/**", "/api/public/**")
				.permitAll()
				.pathMatchers("/actuator/health/**", "/actuator/prometheus")
				.permitAll()
				.pathMatchers("/actuator/**")
				.hasRole("STAFF")
				.anyExchange()
				.permitAll())
			.httpBasic((basic) -> basic.authenticationManager(signIn).authenticationEntryPoint(entryPoint))
			.formLogin((form) -> form.loginPage("/login")
				.authenticationManager(signIn)
				.authenticationSuccessHandler(new RedirectServerAuthenticationSuccessHandler("/console/"))
				.authenticationFailureHandler(loginFailure()))
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessHandler(loggedOut()))
			.exceptionHandling(
					(handling) -> handling.authenticationEntryPoint(entryPoint).accessDeniedHandler(denied(problems)))
			.csrf((csrf) -> csrf.csrfTokenRepository(CookieServerCsrfTokenRepository.withHttpOnlyFalse())
				.csrfTokenRequestHandler(new ServerCsrfTokenRequestAttributeHandler())
				.requireCsrfProtectionMatcher(cookieAuthenticatedChanges())
				.accessDeniedHandler(csrfRefused(problems, entryPoint)))
			.addFilterAfter(issueCsrfCookieOnPages(), SecurityWebFiltersOrder.CSRF)
			.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	private static ReactiveAuthenticationManager signIn(ReactiveUserDetailsService accounts, PasswordEncoder encoder,
			WebProperties properties) {
		UserDetailsRepositoryReactiveAuthenticationManager passwords = new UserDetailsRepositoryReactiveAuthenticationManager(
				accounts);
		passwords.setPasswordEncoder(encoder);
		return new LoginLockout(passwords, properties);
	}

	/**
	 * Pages send people to the login form. The API answers 401 problem+json, and asks for
	 * HTTP Basic only when the caller is not one of our pages (which would otherwise get
	 * the browser's own password box).
	 */
	private static ServerAuthenticationEntryPoint entryPoint(ProblemWriter problems) {
		ServerAuthenticationEntryPoint api = (exchange, denied) -> {
			if (!isOwnPage(exchange)) {
				exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"hoidapso\"");
			}
			return problems.write(exchange, HttpStatus.UNAUTHORIZED,
					"Cần đăng nhập bằng tài khoản cán bộ hoặc đại sứ số.");
		};
		DelegatingServerAuthenticationEntryPoint entryPoint = new DelegatingServerAuthenticationEntryPoint(
				new DelegateEntry(ServerWebExchangeMatchers.pathMatchers(PAGES),
						new RedirectServerAuthenticationEntryPoint("/login")));
		entryPoint.setDefaultEntryPoint(api);
		return entryPoint;
	}

	private static boolean isOwnPage(ServerWebExchange exchange) {
		return "fetch".equals(exchange.getRequest().getHeaders().getFirst("X-Requested-With"));
	}

	private ServerAccessDeniedHandler denied(ProblemWriter problems) {
		return (exchange, denied) -> exchange.getPrincipal()
			.map((principal) -> principal.getName())
			.defaultIfEmpty("(không rõ)")
			.flatMap((who) -> {
				log.warn("Refused {} {} to '{}': outside their role", exchange.getRequest().getMethod(),
						exchange.getRequest().getPath(), who);
				return problems.write(exchange, HttpStatus.FORBIDDEN,
						"Tài khoản này không có quyền dùng chức năng này.");
			});
	}

	/**
	 * A change without its CSRF token: from someone not signed in, a request to sign in;
	 * from a session, a refusal (the page is stale or the request forged).
	 */
	private ServerAccessDeniedHandler csrfRefused(ProblemWriter problems, ServerAuthenticationEntryPoint signInFirst) {
		return (exchange, denied) -> {
			if (exchange.getRequest().getPath().value().equals("/login")) {
				return this.redirects.sendRedirect(exchange, URI.create("/login?expired"));
			}
			return exchange.getSession().flatMap((session) -> {
				if (!session.isStarted()) {
					return signInFirst.commence(exchange,
							new AuthenticationCredentialsNotFoundException("not signed in"));
				}
				return problems.write(exchange, HttpStatus.FORBIDDEN,
						"Thiếu mã bảo vệ của phiên làm việc (CSRF) hoặc mã đã hết hạn. Hãy tải lại trang rồi thử lại.");
			});
		};
	}

	private ServerAuthenticationFailureHandler loginFailure() {
		return (filterExchange, failure) -> this.redirects.sendRedirect(filterExchange.getExchange(),
				URI.create((failure instanceof LockedException) ? "/login?locked" : "/login?error"));
	}

	private static RedirectServerLogoutSuccessHandler loggedOut() {
		RedirectServerLogoutSuccessHandler handler = new RedirectServerLogoutSuccessHandler();
		handler.setLogoutSuccessUrl(URI.create("/login?logout"));
		return handler;
	}

	/**
	 * Changes made with the session cookie: not safe methods, on the signed-in parts, and
	 * without an {@code Authorization} header of their own.
	 */
	private static ServerWebExchangeMatcher cookieAuthenticatedChanges() {
		ServerWebExchangeMatcher changes = (exchange) -> SAFE_METHODS.contains(exchange.getRequest().getMethod())
				? ServerWebExchangeMatcher.MatchResult.notMatch() : ServerWebExchangeMatcher.MatchResult.match();
		ServerWebExchangeMatcher noOwnCredentials = (
				exchange) -> (exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION) == null)
						? ServerWebExchangeMatcher.MatchResult.match()
						: ServerWebExchangeMatcher.MatchResult.notMatch();
		return new AndServerWebExchangeMatcher(changes,
				ServerWebExchangeMatchers.pathMatchers("/login", "/logout", "/api/v1/**", "/console/**", "/staff/**"),
				new NegatedServerWebExchangeMatcher(ServerWebExchangeMatchers.pathMatchers("/api/v1/webchat/**")),
				noOwnCredentials);
	}

	/**
	 * The CSRF token is made lazily; pages need it in their cookie before their first
	 * change, so loading a page makes it.
	 */
	private static WebFilter issueCsrfCookieOnPages() {
		ServerWebExchangeMatcher pages = ServerWebExchangeMatchers.pathMatchers(HttpMethod.GET, "/login", "/console/**",
				"/staff/**");
		return (exchange, chain) -> pages.matches(exchange).flatMap((match) -> {
			Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
			if (!match.isMatch() || token == null) {
				return chain.filter(exchange);
			}
			return token.then(chain.filter(exchange));
		});
	}

}

package vn.hocvuso.helpdesk.web;

import java.time.Clock;
import java.util.Set;

import reactor.core.publisher.Mono;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.authentication.UserDetailsRepositoryReactiveAuthenticationManager;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.userdetails.ReactiveUserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.ServerHttpBasicAuthenticationConverter;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.util.matcher.AndServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.NegatedServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.session.CookieWebSessionIdResolver;

import vn.hocvuso.helpdesk.audit.AuditStore;

/**
 * Who may call what.
 * <ul>
 * <li>Open: the web chat and its API, webhooks, the login page, health and metrics, the
 * public leaderboard, the privacy page ({@value #PRIVACY_PAGE}, linked from a resident's
 * first reply).</li>
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
 * {@code _csrf}). Only a request that authenticates itself with well-formed HTTP Basic
 * credentials needs none: it is signed in as those credentials say or refused with 401,
 * never given the session's rights. Any other {@code Authorization} header changes
 * nothing. Sign-ins go through the {@link SignInThrottle}; refusals are problem+json for
 * the API and the login page for people ({@link SignInResponses}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
class SecurityConfiguration {

	static final String[] PAGES = { "/console/**", "/staff/**" };

	/** The page that tells residents what the ward keeps about them and their rights. */
	static final String PRIVACY_PAGE = "/rieng-tu.html";

	private static final Set<HttpMethod> SAFE_METHODS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
			HttpMethod.TRACE);

	@Bean
	SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, ProblemWriter problems,
			ReactiveUserDetailsService accounts, PasswordEncoder encoder, WebProperties properties, Clock clock,
			AuditStore audit) {
		ReactiveAuthenticationManager passwords = passwords(accounts, encoder);
		SignInThrottle throttle = new SignInThrottle(properties.signIn(), clock);
		SignInResponses responses = new SignInResponses(problems);
		return http
			.authorizeExchange((exchanges) -> exchanges.pathMatchers("/console/console.css", "/console/console.js")
				.permitAll()
				.pathMatchers("/staff/**")
				.hasRole("STAFF")
				.pathMatchers("/console/**", "/api/v1/tickets/**", "/api/v1/me", "/api/v1/answers",
						"/api/v1/indicators/ambassadors/*", "/api/v1/classes", "/api/v1/classes/**")
				.hasAnyRole("STAFF", "AMBASSADOR")
				.pathMatchers("/api/v1/webchat/**")
				.permitAll()
				.pathMatchers("/api/v1/**")
				.hasRole("STAFF")
				.pathMatchers("/leaderboard/**", "/api/public/**", PRIVACY_PAGE, "/rieng-tu.css")
				.permitAll()
				.pathMatchers("/actuator/health/**", "/actuator/prometheus")
				.permitAll()
				.pathMatchers("/actuator/**")
				.hasRole("STAFF")
				.anyExchange()
				.permitAll())
			.httpBasic((basic) -> basic
				.authenticationManager(new ThrottledSignIn(passwords, throttle, audit, ThrottledSignIn.Way.BASIC))
				.authenticationEntryPoint(responses.entryPoint()))
			.formLogin((form) -> form.loginPage("/login")
				.authenticationManager(new ThrottledSignIn(passwords, throttle, audit, ThrottledSignIn.Way.FORM))
				.authenticationSuccessHandler(new RedirectServerAuthenticationSuccessHandler("/console/"))
				.authenticationFailureHandler(responses.loginFailure()))
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessHandler(SignInResponses.loggedOut()))
			.exceptionHandling((handling) -> handling.authenticationEntryPoint(responses.entryPoint())
				.accessDeniedHandler(responses.outsideRole()))
			.csrf((csrf) -> csrf.csrfTokenRepository(SecureCookies.csrfTokens())
				.csrfTokenRequestHandler(new ServerCsrfTokenRequestAttributeHandler())
				.requireCsrfProtectionMatcher(cookieAuthenticatedChanges())
				.accessDeniedHandler(responses.csrfRefused()))
			.headers(SecurityHeaders::configure)
			.addFilterAfter(issueCsrfCookieOnPages(), SecurityWebFiltersOrder.CSRF)
			.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	/** Boot's session cookie, made {@code Secure} on HTTPS ({@link SecureCookies}). */
	@Bean
	static BeanPostProcessor secureSessionCookie() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof CookieWebSessionIdResolver cookies)
						? SecureCookies.sessions(cookies, cookies.getCookieName()) : bean;
			}

		};
	}

	/**
	 * The password check, with the same bcrypt work for unknown names as for known ones.
	 */
	private static ReactiveAuthenticationManager passwords(ReactiveUserDetailsService accounts,
			PasswordEncoder encoder) {
		UserDetailsRepositoryReactiveAuthenticationManager passwords = new UserDetailsRepositoryReactiveAuthenticationManager(
				new PasswordsForAnyName(accounts, encoder));
		passwords.setPasswordEncoder(encoder);
		return passwords;
	}

	/**
	 * Changes that rely on the session cookie: not safe methods, on the signed-in parts,
	 * and without well-formed HTTP Basic credentials of their own (read exactly as the
	 * HTTP Basic filter reads them, so what is exempt here is what that filter signs in
	 * or refuses).
	 */
	private static ServerWebExchangeMatcher cookieAuthenticatedChanges() {
		ServerWebExchangeMatcher changes = (exchange) -> SAFE_METHODS.contains(exchange.getRequest().getMethod())
				? ServerWebExchangeMatcher.MatchResult.notMatch() : ServerWebExchangeMatcher.MatchResult.match();
		ServerHttpBasicAuthenticationConverter basic = new ServerHttpBasicAuthenticationConverter();
		ServerWebExchangeMatcher ownBasicCredentials = (exchange) -> basic.convert(exchange)
			.flatMap((credentials) -> ServerWebExchangeMatcher.MatchResult.match())
			.switchIfEmpty(ServerWebExchangeMatcher.MatchResult.notMatch());
		return new AndServerWebExchangeMatcher(changes,
				ServerWebExchangeMatchers.pathMatchers("/login", "/logout", "/api/v1/**", "/console/**", "/staff/**"),
				new NegatedServerWebExchangeMatcher(ServerWebExchangeMatchers.pathMatchers("/api/v1/webchat/**")),
				new NegatedServerWebExchangeMatcher(ownBasicCredentials));
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

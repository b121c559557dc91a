package vn.hocvuso.helpdesk.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;

/**
 * Who may call what. The web chat, its page, webhooks and health are open; the staff API
 * needs role STAFF (HTTP Basic for integrations). Refusals are problem+json.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
class SecurityConfiguration {

	@Bean
	SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, ProblemWriter problems) {
		return http
			.authorizeExchange((exchanges) -> exchanges
				.pathMatchers("/api/v1/cases/**", "/api/v1/indicators/**", "/api/v1/reports/**", "/staff/**")
				.hasRole("STAFF")
				.pathMatchers("/leaderboard/**", "/api/public/**")
				.permitAll()
				.pathMatchers("/actuator/health/**", "/actuator/prometheus")
				.permitAll()
				.pathMatchers("/actuator/**")
				.hasRole("STAFF")
				.anyExchange()
				.permitAll())
			.httpBasic((basic) -> basic.authenticationEntryPoint((exchange, denied) -> {
				exchange.getResponse().getHeaders().set("WWW-Authenticate", "Basic realm=\"hoidapso\"");
				return problems.write(exchange, HttpStatus.UNAUTHORIZED, "Cần đăng nhập bằng tài khoản cán bộ.");
			}))
			.exceptionHandling((handling) -> handling.accessDeniedHandler((exchange, denied) -> problems.write(exchange,
					HttpStatus.FORBIDDEN, "Tài khoản này không có quyền dùng chức năng này.")))
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
			// No cookie sessions yet: every request authenticates itself (HTTP Basic), so
			// CSRF has nothing to protect. Form login for the console must turn it on.
			.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

}

package vn.hocvuso.helpdesk.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.hocvuso.helpdesk.AdjustableClock;
import vn.hocvuso.helpdesk.ConsoleSession;
import vn.hocvuso.helpdesk.HelpdeskIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in behind a proxy that forwards the client's address, with the default limits
 * (5 wrong passwords per account from one address, 20 per address, 15 minutes). Each test
 * comes from addresses of its own, so the counts of one do not reach another.
 */
@HelpdeskIntegrationTest
@TestPropertySource(properties = "server.forward-headers-strategy=framework")
@Import(AdjustableClock.Config.class)
class SignInIntegrationTests {

	private static final String ADMIN = "admin";

	private static final String PASSWORD = HelpdeskIntegrationTest.ADMIN_PASSWORD;

	private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(1);

	@LocalServerPort
	int port;

	@Autowired
	AdjustableClock clock;

	@AfterEach
	void backToRealTime() {
		this.clock.reset();
	}

	@Test
	void aBearerHeaderWithTheSessionCookieStillNeedsTheCsrfToken() {
		ConsoleSession session = ConsoleSession.signIn(this.port, ADMIN, PASSWORD);
		for (String header : List.of("Bearer junk", "Basic junk", "Digest username=\"admin\"")) {
			String group = "CS" + NEXT_ADDRESS.incrementAndGet();
			session.http()
				.put()
				.uri("/api/v1/groups/" + group)
				.header(HttpHeaders.AUTHORIZATION, header)
				.header("X-Requested-With", "fetch")
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(Map.of("name", "Tổ giả mạo"))
				.exchange()
				.expectStatus()
				.isForbidden()
				.expectBody(String.class)
				.value((body) -> assertThat(body).as(header).contains("CSRF"));
			assertNoGroup(session, group);
		}
	}

	@Test
	void aWrongBasicPasswordWithTheSessionCookieIsRefusedNotGivenTheSessionsRights() {
		ConsoleSession session = ConsoleSession.signIn(this.port, ADMIN, PASSWORD);
		session.http()
			.get()
			.uri("/api/v1/cases?limit=1")
			.headers((headers) -> headers.setBasicAuth(ADMIN, "not-the-password"))
			.exchange()
			.expectStatus()
			.isUnauthorized();
		session.http()
			.put()
			.uri("/api/v1/groups/CSB1")
			.headers((headers) -> headers.setBasicAuth(ADMIN, "not-the-password"))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("name", "Tổ giả mạo"))
			.exchange()
			.expectStatus()
			.isUnauthorized();
		assertNoGroup(session, "CSB1");
	}

	@Test
	void anAddressGuessingOneAccountIsRefusedWhileItsOwnerSignsInFromElsewhere() {
		String attackerAddress = address();
		ConsoleSession attacker = ConsoleSession.anonymousFrom(this.port, attackerAddress);
		for (int guess = 0; guess < 5; guess++) {
			assertThat(attacker.submitLogin(ADMIN, "guess-" + guess)).isEqualTo("/login?error");
		}
		assertThat(attacker.submitLogin(ADMIN, PASSWORD)).as("even the right password, from that address")
			.isEqualTo("/login?locked");
		attacker.http()
			.get()
			.uri("/login?locked")
			.exchange()
			.expectBody(String.class)
			.value((html) -> assertThat(html).contains("Hãy thử lại sau 15 phút")
				.contains("Tài khoản vẫn dùng được từ máy khác"));
		basicFrom(attackerAddress, ADMIN, PASSWORD).expectStatus()
			.isEqualTo(429)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.value(HttpHeaders.RETRY_AFTER,
					(seconds) -> assertThat(Long.parseLong(seconds)).isBetween(1L, Duration.ofMinutes(15).toSeconds()));

		ConsoleSession owner = ConsoleSession.anonymousFrom(this.port, address());
		assertThat(owner.submitLogin(ADMIN, PASSWORD)).isEqualTo("/console/");
		basicFrom(address(), ADMIN, PASSWORD).expectStatus().isOk();
	}

	@Test
	void anAddressGuessingManyAccountsIsRefusedForEveryAccount() {
		String attackerAddress = address();
		for (int name = 0; name < 20; name++) {
			basicFrom(attackerAddress, "guess-" + name, "guess").expectStatus().isUnauthorized();
		}
		basicFrom(attackerAddress, ADMIN, PASSWORD).expectStatus().isEqualTo(429);
		basicFrom(address(), ADMIN, PASSWORD).expectStatus().isOk();
	}

	@Test
	void theRefusalEndsWhenItsWindowHasPassed() {
		String attackerAddress = address();
		for (int guess = 0; guess < 5; guess++) {
			basicFrom(attackerAddress, ADMIN, "guess-" + guess).expectStatus().isUnauthorized();
		}
		basicFrom(attackerAddress, ADMIN, PASSWORD).expectStatus().isEqualTo(429);
		this.clock.advance(Duration.ofMinutes(14));
		basicFrom(attackerAddress, ADMIN, PASSWORD).expectStatus().isEqualTo(429);
		this.clock.advance(Duration.ofMinutes(2));
		basicFrom(attackerAddress, ADMIN, PASSWORD).expectStatus().isOk();
	}

	@Test
	void theRightPasswordForgetsThatAddresssEarlierFailuresForTheAccount() {
		String address = address();
		for (int round = 0; round < 3; round++) {
			for (int guess = 0; guess < 4; guess++) {
				basicFrom(address, ADMIN, "typo-" + guess).expectStatus().isUnauthorized();
			}
			basicFrom(address, ADMIN, PASSWORD).expectStatus().isOk();
		}
	}

	@Test
	void sessionAndCsrfCookiesAreLaxAndSecureWhenTheProxySaysHttps() {
		List<String> overHttps = loginCookies("https");
		assertThat(overHttps).filteredOn((cookie) -> cookie.startsWith("HOIDAPSO_SESSION="))
			.singleElement()
			.satisfies((cookie) -> assertThat(attributes(cookie)).contains("httponly", "samesite=lax", "secure"));
		assertThat(overHttps).filteredOn((cookie) -> cookie.startsWith("XSRF-TOKEN="))
			.isNotEmpty()
			.allSatisfy((cookie) -> assertThat(attributes(cookie)).contains("samesite=lax", "secure"));

		List<String> overHttp = loginCookies("http");
		assertThat(overHttp).filteredOn((cookie) -> cookie.startsWith("HOIDAPSO_SESSION="))
			.singleElement()
			.satisfies((cookie) -> assertThat(attributes(cookie)).contains("httponly", "samesite=lax")
				.doesNotContain("secure"));
		assertThat(overHttp).filteredOn((cookie) -> cookie.startsWith("XSRF-TOKEN="))
			.isNotEmpty()
			.allSatisfy((cookie) -> assertThat(attributes(cookie)).contains("samesite=lax").doesNotContain("secure"));
	}

	/** A Set-Cookie header's attributes, lower case (Netty writes {@code HTTPOnly}). */
	private static List<String> attributes(String setCookie) {
		return Arrays.stream(setCookie.split(";"))
			.skip(1)
			.map((part) -> part.strip().toLowerCase(Locale.ROOT))
			.toList();
	}

	@Test
	void signInsFailuresAndRefusalsAreInTheAuditLogWithoutPasswords() {
		String attackerAddress = address();
		String tried = "khong-co-" + NEXT_ADDRESS.get();
		ConsoleSession attacker = ConsoleSession.anonymousFrom(this.port, attackerAddress);
		for (int guess = 0; guess < 5; guess++) {
			attacker.submitLogin(tried, "secret-guess-" + guess);
		}
		String ownerAddress = address();
		assertThat(ConsoleSession.anonymousFrom(this.port, ownerAddress).submitLogin(ADMIN, PASSWORD))
			.isEqualTo("/console/");

		List<Map<String, Object>> audit = basicFrom(address(), ADMIN, PASSWORD, "/api/v1/audit?limit=200")
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.returnResult()
			.getResponseBody();
		assertThat(audit).filteredOn((entry) -> "sign-in-failed".equals(entry.get("action")))
			.filteredOn((entry) -> tried.equals(entry.get("who")))
			.hasSize(5)
			.allSatisfy((entry) -> assertThat((String) entry.get("detail")).contains(attackerAddress));
		assertThat(audit).filteredOn((entry) -> "sign-in-throttled".equals(entry.get("action")))
			.anySatisfy((entry) -> assertThat(entry).containsEntry("subject", attackerAddress));
		assertThat(audit).filteredOn((entry) -> "sign-in".equals(entry.get("action")))
			.anySatisfy((entry) -> assertThat(entry).containsEntry("who", ADMIN)
				.extractingByKey("detail")
				.asString()
				.contains(ownerAddress));
		assertThat(audit.toString()).doesNotContain("secret-guess").doesNotContain(PASSWORD);
	}

	@Test
	void pagesTheApiAndTheLoginPageCarryTheBrowserPolicies() {
		ConsoleSession session = ConsoleSession.signIn(this.port, ADMIN, PASSWORD);
		List<WebTestClient.ResponseSpec> answers = new ArrayList<>();
		answers.add(session.http().get().uri("/login").exchange());
		answers.add(session.http().get().uri("/console/").exchange());
		answers.add(session.http().get().uri("/").exchange());
		answers.add(session.get("/api/v1/cases?limit=1"));
		answers.add(ConsoleSession.anonymous(this.port).get("/api/v1/cases"));
		for (WebTestClient.ResponseSpec answer : answers) {
			answer.expectHeader()
				.valueEquals("Content-Security-Policy", SecurityHeaders.CONTENT_SECURITY_POLICY)
				.expectHeader()
				.value("Permissions-Policy",
						(policy) -> assertThat(policy).contains("camera=()", "microphone=()", "geolocation=()",
								"payment=()"))
				.expectHeader()
				.valueEquals("Referrer-Policy", "same-origin");
		}
		assertThat(SecurityHeaders.CONTENT_SECURITY_POLICY).doesNotContain("unsafe-inline", "unsafe-eval")
			.contains("frame-ancestors 'none'", "object-src 'none'");
	}

	private static void assertNoGroup(ConsoleSession session, String code) {
		session.get("/api/v1/groups")
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((groups) -> assertThat(groups).doesNotContain(code));
	}

	private List<String> loginCookies(String scheme) {
		WebTestClient http = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port)
			.defaultHeader("X-Forwarded-For", address())
			.defaultHeader("X-Forwarded-Proto", scheme)
			.build();
		List<String> cookies = new ArrayList<>();
		String csrf = http.get()
			.uri("/login")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.values(HttpHeaders.SET_COOKIE, cookies::addAll)
			.returnResult(String.class)
			.getResponseCookies()
			.getFirst("XSRF-TOKEN")
			.getValue();
		http.post()
			.uri("/login")
			.cookie("XSRF-TOKEN", csrf)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.bodyValue("username=" + ADMIN + "&password=" + PASSWORD + "&_csrf=" + csrf)
			.exchange()
			.expectStatus()
			.isFound()
			.expectHeader()
			.location("/console/")
			.expectHeader()
			.values(HttpHeaders.SET_COOKIE, cookies::addAll);
		return cookies;
	}

	private WebTestClient.ResponseSpec basicFrom(String address, String username, String password) {
		return basicFrom(address, username, password, "/api/v1/cases?limit=1");
	}

	private WebTestClient.ResponseSpec basicFrom(String address, String username, String password, String uri) {
		return WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port)
			.build()
			.get()
			.uri(uri)
			.header("X-Forwarded-For", address)
			.headers((headers) -> headers.setBasicAuth(username, password))
			.exchange();
	}

	/** An address from the documentation range, new for every call. */
	private static String address() {
		int n = NEXT_ADDRESS.incrementAndGet();
		return "203.0." + (n / 250) + "." + (1 + n % 250);
	}

}

package vn.hocvuso.helpdesk.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.hocvuso.helpdesk.ConsoleSession;
import vn.hocvuso.helpdesk.HelpdeskIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@HelpdeskIntegrationTest
class LoginIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void sendsPagesToTheLoginFormWhenSignedOut() {
		ConsoleSession.anonymous(this.port)
			.http()
			.get()
			.uri("/console/")
			.exchange()
			.expectStatus()
			.isFound()
			.expectHeader()
			.location("/login");
	}

	@Test
	void signsInWithTheFormAndKeepsASafeSessionCookie() {
		ConsoleSession session = ConsoleSession.anonymous(this.port);
		WebTestClient.ResponseSpec page = session.http().get().uri("/login").exchange();
		page.expectStatus().isOk().expectBody(String.class).value((html) -> assertThat(html).contains("Đăng nhập"));
		String location = session.submitLogin("admin", HelpdeskIntegrationTest.ADMIN_PASSWORD);
		assertThat(location).isEqualTo("/console/");
		assertThat(session.cookie("HOIDAPSO_SESSION")).isNotBlank();
	}

	@Test
	void sessionCookieIsHttpOnlyAndSameSite() {
		ConsoleSession session = ConsoleSession.anonymous(this.port);
		session.http().get().uri("/login").exchange().expectStatus().isOk();
		List<String> setCookies = new java.util.ArrayList<>();
		session.http()
			.post()
			.uri("/login")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.bodyValue("username=admin&password=" + HelpdeskIntegrationTest.ADMIN_PASSWORD + "&_csrf="
					+ session.cookie("XSRF-TOKEN"))
			.exchange()
			.expectStatus()
			.isFound()
			.expectHeader()
			.values(HttpHeaders.SET_COOKIE, setCookies::addAll);
		assertThat(setCookies).filteredOn((cookie) -> cookie.startsWith("HOIDAPSO_SESSION="))
			.singleElement()
			.satisfies((cookie) -> assertThat(cookie).containsIgnoringCase("HttpOnly")
				.containsIgnoringCase("SameSite=Lax"));
	}

	@Test
	void refusesALoginPostWithoutTheFormsToken() {
		ConsoleSession.anonymous(this.port)
			.http()
			.post()
			.uri("/login")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.bodyValue("username=admin&password=" + HelpdeskIntegrationTest.ADMIN_PASSWORD)
			.exchange()
			.expectStatus()
			.isFound()
			.expectHeader()
			.location("/login?expired");
	}

	@Test
	void wrongPasswordShowsAPlainMessage() {
		ConsoleSession session = ConsoleSession.anonymous(this.port);
		assertThat(session.submitLogin("admin", "not-the-password")).isEqualTo("/login?error");
		session.http()
			.get()
			.uri("/login?error")
			.exchange()
			.expectBody(String.class)
			.value((html) -> assertThat(html).contains("Sai tên đăng nhập hoặc mật khẩu."));
	}

	@Test
	void signedInPagesCallTheApiWithTheirSessionAndCsrfToken() {
		ConsoleSession session = ConsoleSession.signIn(this.port, "admin", HelpdeskIntegrationTest.ADMIN_PASSWORD);
		session.get("/api/v1/cases?limit=1").expectStatus().isOk();
		session.postWithoutCsrf("/api/v1/cases", Map.of())
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody(String.class)
			.value((body) -> assertThat(body).contains("CSRF"));
	}

	@Test
	void apiAsksOurOwnPagesToSignInWithoutTheBrowsersPasswordBox() {
		WebTestClient http = ConsoleSession.anonymous(this.port).http();
		http.get()
			.uri("/api/v1/cases")
			.header("X-Requested-With", "fetch")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.doesNotExist(HttpHeaders.WWW_AUTHENTICATE);
		http.get()
			.uri("/api/v1/cases")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"hoidapso\"");
	}

	@Test
	void logoutEndsTheSession() {
		ConsoleSession session = ConsoleSession.signIn(this.port, "admin", HelpdeskIntegrationTest.ADMIN_PASSWORD);
		session.http()
			.post()
			.uri("/logout")
			.header("X-XSRF-TOKEN", session.cookie("XSRF-TOKEN"))
			.exchange()
			.expectStatus()
			.isFound()
			.expectHeader()
			.location("/login?logout");
		session.get("/api/v1/cases?limit=1").expectStatus().isUnauthorized();
	}

}

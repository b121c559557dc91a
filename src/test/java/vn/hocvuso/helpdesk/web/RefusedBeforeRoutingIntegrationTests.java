package vn.hocvuso.helpdesk.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.hocvuso.helpdesk.HelpdeskClient;
import vn.hocvuso.helpdesk.HelpdeskIntegrationTest;

/**
 * Requests refused before any route sees them (by the security firewall, the HTTP decoder
 * or the body limit) still get a precise problem+json answer that the client can read.
 * The addresses are sent exactly as written, not re-encoded.
 */
@HelpdeskIntegrationTest
class RefusedBeforeRoutingIntegrationTests {

	@LocalServerPort
	int port;

	HelpdeskClient client;

	@BeforeEach
	void connect() {
		this.client = HelpdeskClient.on(this.port);
	}

	@Test
	void anEncodedSlashInThePathGetsA400Problem() {
		expectProblem(send(HttpMethod.GET, "/api/v1/tickets/..%2F..%2Fetc%2Fpasswd"), 400);
	}

	@Test
	void aNulInThePathGetsA400Problem() {
		expectProblem(send(HttpMethod.DELETE, "/api/v1/groups/a%00b"), 400);
	}

	@Test
	void traceGetsA405Problem() {
		expectProblem(send(HttpMethod.TRACE, "/api/v1/me"), 405);
	}

	@Test
	void aTicketIdOf10000CharactersGetsA404ProblemNotABare414() {
		expectProblem(send(HttpMethod.GET, "/api/v1/tickets/" + "a".repeat(10_000)), 404);
	}

	/**
	 * The app answers 413 as soon as it sees the declared length; it used to close the
	 * connection while the client was still sending, which then got a reset instead of
	 * the answer.
	 */
	@Test
	void aFiveMegabyteBodyGetsA413ProblemTheClientCanRead() {
		byte[] body = ("{\"sessionId\": \"big-body-session\", \"text\": \"" + "a".repeat(5 * 1024 * 1024) + "\"}")
			.getBytes(StandardCharsets.UTF_8);
		for (int i = 0; i < 5; i++) {
			expectProblem(this.client.http()
				.post()
				.uri("/api/v1/webchat/messages")
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(body)
				.exchange(), 413);
		}
	}

	private WebTestClient.ResponseSpec send(HttpMethod method, String rawPath) {
		return this.client.http()
			.method(method)
			.uri(URI.create("http://localhost:" + this.port + rawPath))
			.headers((headers) -> headers.setBasicAuth("admin", this.client.adminPassword()))
			.exchange();
	}

	private static void expectProblem(WebTestClient.ResponseSpec response, int status) {
		response.expectStatus()
			.isEqualTo(status)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(status)
			.jsonPath("$.detail")
			.isNotEmpty();
	}

}

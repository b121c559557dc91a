package vn.hocvuso.helpdesk.web;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.hocvuso.helpdesk.HelpdeskIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of bad request gets its precise status as problem+json, stores nothing, and
 * does not disturb the next good request.
 */
@HelpdeskIntegrationTest
class BadInputIntegrationTests {

	private static final String CHAT = "/api/v1/webchat/messages";

	@LocalServerPort
	int port;

	WebTestClient client;

	@BeforeEach
	void connect() {
		this.client = WebTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
	}

	static Stream<Arguments> badRequests() {
		String session = "bad-input-session";
		return Stream.of(
				Arguments.of("malformed JSON", HttpMethod.POST, CHAT, MediaType.APPLICATION_JSON,
						"{\"sessionId\": \"" + session + "\", \"text\": ", 400),
				Arguments.of("JSON that is not an object", HttpMethod.POST, CHAT, MediaType.APPLICATION_JSON, "[1, 2]",
						400),
				Arguments.of("body over 64 KiB", HttpMethod.POST, CHAT, MediaType.APPLICATION_JSON,
						"{\"sessionId\": \"" + session + "\", \"text\": \"" + "a".repeat(70_000) + "\"}", 413),
				Arguments.of("wrong content type", HttpMethod.POST, CHAT, MediaType.TEXT_PLAIN, "cai vneid o dau", 415),
				Arguments.of("empty text", HttpMethod.POST, CHAT, MediaType.APPLICATION_JSON,
						"{\"sessionId\": \"" + session + "\", \"text\": \"\"}", 400),
				Arguments.of("whitespace-only text", HttpMethod.POST, CHAT, MediaType.APPLICATION_JSON,
						"{\"sessionId\": \"" + session + "\", \"text\": \" \\n\\t\u3000 \"}", 400),
				Arguments.of("control characters only", HttpMethod.POST, CHAT, MediaType.APPLICATION_JSON,
						"{\"sessionId\": \"" + session + "\", \"text\": \"\\u0000\\u0007\"}", 400),
				Arguments.of("missing text", HttpMethod.POST, CHAT, MediaType.APPLICATION_JSON,
						"{\"sessionId\": \"" + session + "\"}", 400),
				Arguments.of("text over 2000 characters", HttpMethod.POST, CHAT, MediaType.APPLICATION_JSON,
						"{\"sessionId\": \"" + session + "\", \"text\": \"" + "hỏi ".repeat(600) + "\"}", 400),
				Arguments.of("missing session", HttpMethod.POST, CHAT, MediaType.APPLICATION_JSON,
						"{\"text\": \"cai vneid\"}", 400),
				Arguments.of("session with odd characters", HttpMethod.POST, CHAT, MediaType.APPLICATION_JSON,
						"{\"sessionId\": \"../../etc/passwd\", \"text\": \"cai vneid\"}", 400),
				Arguments.of("unknown route", HttpMethod.GET, "/api/v1/nothing-here", MediaType.APPLICATION_JSON, "",
						404),
				Arguments.of("unknown page", HttpMethod.GET, "/khong-co-trang-nay", MediaType.APPLICATION_JSON, "",
						404),
				Arguments.of("wrong method", HttpMethod.DELETE, CHAT, MediaType.APPLICATION_JSON, "", 405));
	}

	@ParameterizedTest(name = "{0} -> {5}")
	@MethodSource("badRequests")
	void refusesBadInputWithAProblemAndStoresNothing(String name, HttpMethod method, String path, MediaType type,
			String body, int status) {
		long casesBefore = caseCount();
		WebTestClient.RequestBodySpec request = this.client.method(method).uri(path).contentType(type);
		WebTestClient.ResponseSpec response = body.isEmpty() ? request.exchange() : request.bodyValue(body).exchange();
		response.expectStatus()
			.isEqualTo(status)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(status)
			.jsonPath("$.title")
			.isNotEmpty()
			.jsonPath("$.detail")
			.isNotEmpty()
			.jsonPath("$.trace")
			.doesNotExist();
		assertThat(caseCount()).isEqualTo(casesBefore);
		assertGoodRequestStillWorks();
	}

	private void assertGoodRequestStillWorks() {
		this.client.post()
			.uri(CHAT)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"sessionId\": \"after-bad-input\", \"text\": \"cai vneid o dau\"}")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.topic")
			.isEqualTo("vneid.install");
	}

	private long caseCount() {
		List<Object> cases = this.client.get()
			.uri("/api/v1/cases?limit=500")
			.headers((headers) -> headers.setBasicAuth("admin", HelpdeskIntegrationTest.ADMIN_PASSWORD))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<List<Object>>() {
			})
			.returnResult()
			.getResponseBody();
		return cases.size();
	}

}

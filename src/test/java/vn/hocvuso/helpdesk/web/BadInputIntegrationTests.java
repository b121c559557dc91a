package vn.hocvuso.helpdesk.web;

import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.hocvuso.helpdesk.HelpdeskClient;
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

	HelpdeskClient client;

	@BeforeEach
	void connect() {
		this.client = HelpdeskClient.on(this.port);
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
				Arguments.of("unknown route", HttpMethod.GET, "/api/v1/webchat/nothing-here",
						MediaType.APPLICATION_JSON, "", 404),
				Arguments.of("staff route without signing in", HttpMethod.GET, "/api/v1/nothing-here",
						MediaType.APPLICATION_JSON, "", 401),
				Arguments.of("unknown page", HttpMethod.GET, "/khong-co-trang-nay", MediaType.APPLICATION_JSON, "",
						404),
				Arguments.of("wrong method", HttpMethod.DELETE, CHAT, MediaType.APPLICATION_JSON, "", 405));
	}

	@ParameterizedTest(name = "{0} -> {5}")
	@MethodSource("badRequests")
	void refusesBadInputWithAProblemAndStoresNothing(String name, HttpMethod method, String path, MediaType type,
			String body, int status) {
		long casesBefore = caseCount();
		WebTestClient.RequestBodySpec request = this.client.http().method(method).uri(path).contentType(type);
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
		assertThat(this.client.chat("after-bad-input", "cai vneid o dau")).containsEntry("topic", "vneid.install");
	}

	private long caseCount() {
		return this.client.staffList("/api/v1/cases?limit=500").size();
	}

}

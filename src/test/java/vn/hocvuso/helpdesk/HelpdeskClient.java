package vn.hocvuso.helpdesk;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Real HTTP to a running app: the web chat as a resident, the staff API as admin. */
public final class HelpdeskClient {

	private final WebTestClient http;

	private final String adminPassword;

	private HelpdeskClient(WebTestClient http, String adminPassword) {
		this.http = http;
		this.adminPassword = adminPassword;
	}

	public static HelpdeskClient on(int port) {
		return on(port, HelpdeskIntegrationTest.ADMIN_PASSWORD);
	}

	public static HelpdeskClient on(int port, String adminPassword) {
		return new HelpdeskClient(WebTestClient.bindToServer()
			// A library export is a few hundred kilobytes; the default buffer is 256 KB.
			.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024))
			.baseUrl("http://localhost:" + port)
			.build(), adminPassword);
	}

	public String adminPassword() {
		return this.adminPassword;
	}

	/** The plain client, for requests these helpers do not cover. */
	public WebTestClient http() {
		return this.http;
	}

	/** Sends a web chat message and returns the reply body; fails unless it is 200. */
	public Map<String, Object> chat(String session, String text) {
		return chat(session, text, null);
	}

	public Map<String, Object> chat(String session, String text, @Nullable String messageId) {
		Map<String, Object> body = new HashMap<>(Map.of("sessionId", session, "text", text));
		if (messageId != null) {
			body.put("messageId", messageId);
		}
		return this.http.post()
			.uri("/api/v1/webchat/messages")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
	}

	/** GETs a staff API list as {@code admin}; fails unless it is 200. */
	public List<Map<String, Object>> staffList(String uri) {
		return this.http.get()
			.uri(uri)
			.headers((headers) -> headers.setBasicAuth("admin", this.adminPassword))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.returnResult()
			.getResponseBody();
	}

	public WebTestClient.RequestHeadersSpec<?> staffGet(String uri) {
		return this.http.get().uri(uri).headers((headers) -> headers.setBasicAuth("admin", this.adminPassword));
	}

	/** The texts in a web chat session's mailbox, oldest first. */
	public List<String> mailbox(String session) {
		return this.http.get()
			.uri("/api/v1/webchat/messages?sessionId=" + session + "&after=0")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.returnResult()
			.getResponseBody()
			.stream()
			.map((reply) -> (String) reply.get("text"))
			.toList();
	}

}

package vn.hocvuso.helpdesk.editor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.hocvuso.helpdesk.HelpdeskClient;
import vn.hocvuso.helpdesk.HelpdeskIntegrationTest;

import static org.awaitility.Awaitility.await;

/** The library API as a staff integration would call it: HTTP Basic as {@code admin}. */
final class LibraryApi {

	/**
	 * Properties that give the editor's tests their own app context and store (publishing
	 * changes what other test classes answer from), with a small upload limit to test.
	 */
	static final String SEPARATE_CONTEXT = "helpdesk.web.max-upload-size=200KB";

	static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
	};

	private final HelpdeskClient client;

	LibraryApi(int port) {
		this.client = HelpdeskClient.on(port);
	}

	HelpdeskClient client() {
		return this.client;
	}

	WebTestClient.ResponseSpec get(String path) {
		return this.client.http()
			.get()
			.uri(path)
			.headers((headers) -> headers.setBasicAuth("admin", HelpdeskIntegrationTest.ADMIN_PASSWORD))
			.exchange();
	}

	WebTestClient.ResponseSpec send(String method, String path, Object body) {
		return this.client.http()
			.method(org.springframework.http.HttpMethod.valueOf(method))
			.uri(path)
			.headers((headers) -> headers.setBasicAuth("admin", HelpdeskIntegrationTest.ADMIN_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

	Map<String, Object> json(WebTestClient.ResponseSpec response, int status) {
		return response.expectStatus().isEqualTo(status).expectBody(JSON).returnResult().getResponseBody();
	}

	/** The live article as the edit form would send it back. */
	@SuppressWarnings("unchecked")
	Map<String, Object> liveArticle(String id) {
		Map<String, Object> view = json(get("/api/v1/library/articles/" + id), 200);
		return new java.util.HashMap<>((Map<String, Object>) view.get("live"));
	}

	/** Saves a draft of the live article with more example questions. */
	@SuppressWarnings("unchecked")
	Map<String, Object> addExamples(String id, List<String> more) {
		Map<String, Object> article = liveArticle(id);
		List<String> examples = new ArrayList<>((List<String>) article.get("examples"));
		examples.addAll(more);
		article.put("examples", examples);
		return json(send("PUT", "/api/v1/library/articles/" + id + "/draft", article), 200);
	}

	Map<String, Object> tryQuestion(String text) {
		return json(send("POST", "/api/v1/library/try", Map.of("text", text)), 200);
	}

	/** Publishes and waits until the job is done; returns the finished job. */
	Map<String, Object> publishAndWait() {
		json(send("POST", "/api/v1/library/publish", Map.of("note", "thử nghiệm")), 202);
		return awaitJob();
	}

	Map<String, Object> awaitJob() {
		return await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> json(get("/api/v1/library/publish"), 200), (job) -> !"RUNNING".equals(job.get("state")));
	}

	int liveVersion() {
		return this.client.staffList("/api/v1/library/versions")
			.stream()
			.filter((row) -> Boolean.TRUE.equals(row.get("live")))
			.map((row) -> (Integer) row.get("version"))
			.findFirst()
			.orElseThrow();
	}

}

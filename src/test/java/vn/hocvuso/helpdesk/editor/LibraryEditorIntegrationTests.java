package vn.hocvuso.helpdesk.editor;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import vn.hocvuso.helpdesk.HelpdeskIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Edit, try, publish and roll back through the real API, and the web chat answering from
 * what was published. Its own app context (and store), since publishing changes the
 * library other test classes answer from.
 */
@HelpdeskIntegrationTest
@TestPropertySource(properties = "helpdesk.editor.activity-days=29")
class LibraryEditorIntegrationTests {

	static final String TOPIC = "campaign.devices";

	static final List<String> NEW_PHRASINGS = List.of("may zibzab xin o dau", "xin máy zibzab", "zibzab cho người già",
			"đăng ký nhận zibzab", "zibzab miễn phí không", "ai được nhận zibzab");

	static final String QUESTION = "zibzab o dau co";

	@LocalServerPort
	int port;

	LibraryApi api;

	@BeforeEach
	void connect() {
		this.api = new LibraryApi(this.port);
	}

	@Test
	@SuppressWarnings("unchecked")
	void aNewPhrasingIsTriedOnTheDraftThenPublishedAndTheWebChatAnswersIt() {
		Map<String, Object> before = this.api.client().chat("editor-before", QUESTION);
		assertThat(before.get("topic")).isNotEqualTo(TOPIC);
		this.api.addExamples(TOPIC, NEW_PHRASINGS);

		Map<String, Object> tried = this.api.tryQuestion(QUESTION);
		Map<String, Object> live = (Map<String, Object>) tried.get("live");
		Map<String, Object> draft = (Map<String, Object>) tried.get("draft");
		assertThat(tried.get("normalized")).isNotNull();
		assertThat((List<?>) live.get("topics")).hasSize(3);
		assertThat(((Map<String, Object>) draft.get("decision")).get("topic")).isEqualTo(TOPIC);
		assertThat(((Map<String, Object>) live.get("decision")).get("topic")).isNotEqualTo(TOPIC);

		int version = this.api.liveVersion();
		Map<String, Object> job = this.api.publishAndWait();
		assertThat(job).containsEntry("state", "DONE").containsEntry("progress", 100);
		assertThat(this.api.liveVersion()).isEqualTo(version + 1);
		assertThat(this.api.client().chat("editor-after", QUESTION)).containsEntry("topic", TOPIC)
			.containsEntry("decision", "answer");
	}

}

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
@TestPropertySource(properties = LibraryApi.SEPARATE_CONTEXT)
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

	@Test
	@SuppressWarnings("unchecked")
	void aPublishThatBreaksARuleListsEveryProblemAndChangesNothing() {
		Map<String, Object> few = this.api.liveArticle("phone.basics");
		few.put("examples", List.of("một câu", "hai câu"));
		few.put("sources", List.of());
		Map<String, Object> saved = this.api
			.json(this.api.send("PUT", "/api/v1/library/articles/phone.basics/draft", few), 200);
		assertThat((List<Map<String, Object>>) saved.get("warnings")).extracting((w) -> w.get("rule"))
			.containsExactlyInAnyOrder("TOO_FEW_EXAMPLES", "NO_SOURCE");
		int version = this.api.liveVersion();
		Map<String, Object> refused = this.api.json(this.api.send("POST", "/api/v1/library/publish", Map.of()), 422);
		assertThat((List<Map<String, Object>>) refused.get("problems")).extracting((p) -> p.get("articleId"))
			.containsOnly("phone.basics")
			.hasSize(2);
		assertThat(this.api.liveVersion()).isEqualTo(version);
		assertThat(this.api.client().chat("editor-still-live", "tang co chu tren dien thoai")).containsEntry("topic",
				"phone.basics");
		this.api.send("DELETE", "/api/v1/library/articles/phone.basics/draft", Map.of()).expectStatus().isNoContent();
	}

	@Test
	void rollingBackPublishesTheOldVersionAgainAndItsAnswersReturn() {
		String question = "qwxyz cần làm gì";
		this.api.addExamples("scam.report", List.of("qwxyz cần làm gì", "báo qwxyz ở đâu", "qwxyz gọi điện",
				"gặp qwxyz thì báo ai", "số qwxyz lạ", "qwxyz nhắn tin"));
		int before = this.api.liveVersion();
		this.api.publishAndWait();
		assertThat(this.api.client().chat("rollback-1", question)).containsEntry("topic", "scam.report");
		this.api.json(this.api.send("POST", "/api/v1/library/versions/" + before + "/rollback", Map.of()), 202);
		assertThat(this.api.awaitJob()).containsEntry("state", "DONE");
		assertThat(this.api.liveVersion()).isEqualTo(before + 2);
		assertThat(this.api.client().chat("rollback-2", question).get("topic")).isNotEqualTo("scam.report");
		assertThat(this.api.client().staffList("/api/v1/library/audit?limit=50")).extracting((e) -> e.get("action"))
			.contains("draft.save", "publish", "rollback");
	}

	@Test
	void ofTwoPublishesAtTheSameTimeOneWinsAndTheOtherIsTold() {
		this.api.addExamples("phone.zalo", List.of("zalo cua toi bi mat chu xanh"));
		int before = this.api.liveVersion();
		List<Integer> statuses = reactor.core.publisher.Flux.range(0, 2)
			.parallel(2)
			.runOn(reactor.core.scheduler.Schedulers.boundedElastic())
			.map((i) -> this.api.send("POST", "/api/v1/library/publish", Map.of())
				.returnResult(String.class)
				.getStatus()
				.value())
			.sequential()
			.collectList()
			.block();
		assertThat(statuses).containsExactlyInAnyOrder(202, 409);
		assertThat(this.api.awaitJob()).containsEntry("state", "DONE");
		assertThat(this.api.liveVersion()).isEqualTo(before + 1);
	}

	@Test
	void comparesTwoVersionsArticleByArticle() {
		this.api.addExamples("dvc.fee", List.of("lệ phí nộp bằng thẻ tín dụng được không cháu"));
		int before = this.api.liveVersion();
		this.api.publishAndWait();
		this.api.get("/api/v1/library/versions/diff?from=" + before + "&to=" + (before + 1))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.changes[?(@.id == 'dvc.fee')].examplesAdded[0]")
			.isEqualTo("lệ phí nộp bằng thẻ tín dụng được không cháu");
	}

}

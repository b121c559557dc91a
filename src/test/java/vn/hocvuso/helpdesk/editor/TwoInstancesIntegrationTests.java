package vn.hocvuso.helpdesk.editor;

import java.time.Duration;
import java.util.Map;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import vn.hocvuso.helpdesk.HelpdeskApplication;
import vn.hocvuso.helpdesk.HelpdeskIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two app instances on one store, as replicas share one MongoDB: a publish on one is
 * served by both within seconds (the other notices the version document).
 */
class TwoInstancesIntegrationTests {

	MongoServer store;

	ConfigurableApplicationContext first;

	ConfigurableApplicationContext second;

	@BeforeEach
	void startTwoInstancesOnOneStore() {
		this.store = new MongoServer(new MemoryBackend());
		String uri = this.store.bindAndGetConnectionString();
		this.first = start(uri);
		this.second = start(uri);
	}

	@AfterEach
	void stop() {
		this.second.close();
		this.first.close();
		this.store.shutdown();
	}

	@Test
	void bothInstancesServeTheNewVersionAfterAPublishOnOne() {
		LibraryApi publisher = new LibraryApi(port(this.first));
		LibraryApi other = new LibraryApi(port(this.second));
		assertThat(other.client().chat("two-before", LibraryEditorIntegrationTests.QUESTION).get("topic"))
			.isNotEqualTo(LibraryEditorIntegrationTests.TOPIC);
		publisher.addExamples(LibraryEditorIntegrationTests.TOPIC, LibraryEditorIntegrationTests.NEW_PHRASINGS);
		int before = publisher.liveVersion();
		assertThat(publisher.publishAndWait()).containsEntry("state", "DONE");
		assertThat(publisher.client().chat("two-first", LibraryEditorIntegrationTests.QUESTION)).containsEntry("topic",
				LibraryEditorIntegrationTests.TOPIC);
		Map<String, Object> answer = await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> other.client().chat("two-second", LibraryEditorIntegrationTests.QUESTION),
					(reply) -> LibraryEditorIntegrationTests.TOPIC.equals(reply.get("topic")));
		assertThat(answer).containsEntry("decision", "answer");
		assertThat(other.liveVersion()).isEqualTo(before + 1);
	}

	private static ConfigurableApplicationContext start(String storeUri) {
		return new SpringApplicationBuilder(HelpdeskApplication.class).run("--server.port=0",
				"--helpdesk.store.uri=" + storeUri,
				"--helpdesk.admin.initial-password=" + HelpdeskIntegrationTest.ADMIN_PASSWORD,
				"--helpdesk.knowledge.poll-interval=300ms");
	}

	private static int port(ConfigurableApplicationContext context) {
		return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
	}

}

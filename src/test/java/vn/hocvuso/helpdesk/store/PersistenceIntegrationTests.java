package vn.hocvuso.helpdesk.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import vn.hocvuso.helpdesk.HelpdeskApplication;
import vn.hocvuso.helpdesk.HelpdeskClient;
import vn.hocvuso.helpdesk.RealMongo;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded store's H2 file keeps cases across a stop and a start. */
class PersistenceIntegrationTests {

	@TempDir
	Path dataDir;

	@Test
	void aCaseWrittenBeforeAStopIsThereAfterTheNextStart() {
		String caseId;
		try (ConfigurableApplicationContext first = start()) {
			caseId = (String) client(first).chat("persisted-session", "cai vneid o dau").get("caseId");
		}
		assertThat(Files.exists(this.dataDir.resolve("helpdesk.mv"))).isTrue();
		try (ConfigurableApplicationContext second = start()) {
			List<Map<String, Object>> cases = client(second).staffList("/api/v1/cases");
			assertThat(cases).extracting((c) -> c.get("id")).containsExactly(caseId);
			assertThat(cases.get(0)).containsEntry("topic", "vneid.install");
		}
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplication(HelpdeskApplication.class).run("--server.port=0", RealMongo.embeddedStoreOnly(),
				"--helpdesk.store.embedded-backend=h2", "--helpdesk.store.data-dir=" + this.dataDir,
				"--helpdesk.admin.initial-password=persist-password");
	}

	private static HelpdeskClient client(ConfigurableApplicationContext context) {
		return HelpdeskClient.on(((WebServerApplicationContext) context).getWebServer().getPort(), "persist-password");
	}

}

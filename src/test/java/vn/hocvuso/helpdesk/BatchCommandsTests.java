package vn.hocvuso.helpdesk;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.ZipFile;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Mono;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.Lifecycle;
import org.springframework.context.SmartLifecycle;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line's backup works on the store its settings name; a command starts none
 * of the app's background work.
 */
class BatchCommandsTests {

	@TempDir
	Path temp;

	@Test
	void backupCopiesTheStoreInTheDataDirectoryGivenOnTheCommandLine() throws Exception {
		Path dataDir = this.temp.resolve("ward-data");
		java.nio.file.Files.createDirectories(dataDir);
		MongoServer server = new MongoServer(new H2Backend(dataDir.resolve("helpdesk.mv").toString()));
		server.bind("127.0.0.1", 0);
		try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort())) {
			Mono.from(client.getDatabase("helpdesk")
				.getCollection("cases")
				.insertOne(new Document("_id", "only-case").append("text", "cài vneid"))).block(Duration.ofSeconds(30));
		}
		finally {
			server.shutdown();
		}
		Path zip = this.temp.resolve("copy.zip");

		int exit = BatchCommands.run(new String[] { "backup", "--to", zip.toString(), RealMongo.embeddedStoreOnly(),
				"--helpdesk.store.data-dir=" + dataDir, "--helpdesk.admin.initial-password=batch-password" });

		assertThat(exit).isZero();
		try (ZipFile file = new ZipFile(zip.toFile())) {
			String manifest = new String(file.getInputStream(file.getEntry("manifest.json")).readAllBytes(),
					StandardCharsets.UTF_8);
			assertThat(Document.parse(manifest).get("collections", Document.class).get("cases")).isEqualTo(1);
			String cases = new String(file.getInputStream(file.getEntry("cases.jsonl")).readAllBytes(),
					StandardCharsets.UTF_8);
			assertThat(cases).contains("only-case");
		}
	}

	@Test
	void aCommandStartsNoBackgroundWork() {
		try (ConfigurableApplicationContext context = BatchCommands.startWithoutWebServer(RealMongo.embeddedStoreOnly(),
				"--helpdesk.store.data-dir=" + this.temp.resolve("quiet-data"),
				"--helpdesk.admin.initial-password=batch-password")) {
			Map<String, SmartLifecycle> components = context.getBeansOfType(SmartLifecycle.class);

			assertThat(components).containsKeys("overdueTickets", "inbox", "housekeeping", "ticketListing");
			assertThat(components.values()).filteredOn((component) -> component.getClass().getName().startsWith("vn."))
				.hasSizeGreaterThan(10)
				.noneMatch(Lifecycle::isRunning);
		}
	}

}

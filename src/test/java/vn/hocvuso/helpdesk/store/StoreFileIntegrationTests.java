package vn.hocvuso.helpdesk.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded store's file, through the real driver over TCP: compacted when opened if
 * updates left it mostly free space, with every document as last written; left alone
 * otherwise; and a file written before pages were compressed still reads.
 */
class StoreFileIntegrationTests {

	private static final int DOCUMENTS = 1_500;

	@TempDir
	Path dataDir;

	@Test
	void aFileMostlyFreedByUpdatesIsCompactedWhenOpenedAndKeepsEveryDocumentAsLastWritten() {
		try (EmbeddedMongoServer server = EmbeddedMongoServer.start(properties(50))) {
			assertThat(server.file().compaction()).as("a new file").isNull();
			writeAndRewrite(server, 6);
		}
		long written = size();

		try (EmbeddedMongoServer server = EmbeddedMongoServer.start(properties(0))) {
			assertThat(server.file().compaction()).as("compact-below 0 never compacts").isNull();
			assertThat(StoreFile.liveShare(server.file().store())).isLessThan(0.5);
		}
		assertThat(size()).isEqualTo(written);

		try (EmbeddedMongoServer server = EmbeddedMongoServer.start(properties(50))) {
			StoreFile.Compaction compaction = server.file().compaction();
			assertThat(compaction).isNotNull();
			assertThat(compaction.bytesBefore()).isEqualTo(written);
			assertThat(compaction.bytesAfter()).isLessThan(written / 2).isEqualTo(size());
			assertEveryDocumentIsAtVersion(server, 6);

			SimpleMeterRegistry meters = new SimpleMeterRegistry();
			new StoreFileMetrics(new StoreConfiguration.StoreConnection(client(server), server), meters);
			assertThat(meters.get("helpdesk.store.file.size").gauge().value()).isPositive();
			assertThat(meters.get("helpdesk.store.file.live").gauge().value()).isBetween(0.5, 1.0);
			assertThat(meters.get("helpdesk.store.compaction.last").gauge().value())
				.isEqualTo(compaction.at().getEpochSecond());
		}
	}

	@Test
	void aFileWrittenBeforePagesWereCompressedStillReads() {
		Path path = this.dataDir.resolve("helpdesk.mv");
		MongoServer old = new MongoServer(new H2Backend(path.toString()));
		old.bind("127.0.0.1", 0);
		try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + old.getLocalAddress().getPort())) {
			insert(client.getDatabase("helpdesk").getCollection("cases"), 0);
		}
		finally {
			old.shutdown();
		}
		try (EmbeddedMongoServer server = EmbeddedMongoServer.start(properties(50))) {
			assertEveryDocumentIsAtVersion(server, 0);
		}
	}

	private void writeAndRewrite(EmbeddedMongoServer server, int versions) {
		try (MongoClient client = client(server)) {
			MongoCollection<Document> cases = client.getDatabase("helpdesk").getCollection("cases");
			insert(cases, 0);
			server.commit();
			for (int version = 1; version <= versions; version++) {
				for (int i = 0; i < DOCUMENTS; i++) {
					Mono.from(cases.updateOne(Filters.eq("_id", "case-" + i),
							Updates.combine(Updates.set("version", version), Updates.set("text", text(i, version)))))
						.block();
					if (i % 100 == 0) {
						server.commit();
					}
				}
			}
			server.commit();
		}
	}

	private static void insert(MongoCollection<Document> cases, int version) {
		List<Document> documents = new ArrayList<>();
		for (int i = 0; i < DOCUMENTS; i++) {
			documents.add(new Document("_id", "case-" + i).append("version", version).append("text", text(i, version)));
		}
		Mono.from(cases.insertMany(documents)).block(Duration.ofMinutes(1));
	}

	private static String text(int i, int version) {
		return ("Cách cài VNeID trên điện thoại cũ, lần " + version + ", hồ sơ " + i + ". ").repeat(6);
	}

	private void assertEveryDocumentIsAtVersion(EmbeddedMongoServer server, int version) {
		try (MongoClient client = client(server)) {
			List<Document> documents = Flux.from(client.getDatabase("helpdesk").getCollection("cases").find())
				.collectList()
				.block(Duration.ofMinutes(1));
			assertThat(documents).hasSize(DOCUMENTS)
				.allSatisfy((document) -> assertThat(document.getInteger("version")).isEqualTo(version))
				.allSatisfy((document) -> assertThat(document.getString("text"))
					.isEqualTo(text(Integer.parseInt(document.getString("_id").substring(5)), version)));
		}
	}

	private static MongoClient client(EmbeddedMongoServer server) {
		return MongoClients.create(server.connectionString());
	}

	private long size() {
		try {
			return Files.size(this.dataDir.resolve("helpdesk.mv"));
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void answersMongoDbsHelloLikeIsMaster() {
		try (EmbeddedMongoServer server = EmbeddedMongoServer.start(properties(50));
				MongoClient client = MongoClients.create(server.connectionString())) {
			Document hello = Mono.from(client.getDatabase("helpdesk").runCommand(new Document("hello", 1)))
				.block(Duration.ofSeconds(30));
			assertThat(hello.get("ismaster")).isEqualTo(true);
			assertThat(hello).as("not a replica set").doesNotContainKey("setName");
		}
	}

	private StoreProperties properties(int compactBelow) {
		return new StoreProperties("", "helpdesk", this.dataDir, StoreProperties.EmbeddedBackend.H2,
				Duration.ofHours(1), "", compactBelow, true, 16);
	}

}

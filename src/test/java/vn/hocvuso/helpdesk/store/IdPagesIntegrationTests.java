package vn.hocvuso.helpdesk.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Subscription;
import reactor.core.publisher.BaseSubscriber;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Pages by id, through the real driver over TCP: a reader that takes its time holds one
 * page in memory, not the collection (a listing that wrote after each page made the app
 * spend minutes in full collections on a 512 MB heap).
 */
class IdPagesIntegrationTests {

	private static final int DOCUMENTS = 10 * IdPages.SIZE;

	private final MongoServer server = new MongoServer(new MemoryBackend());

	private final AtomicInteger finds = new AtomicInteger();

	private MongoClient client;

	private MongoCollection<Document> collection;

	@BeforeEach
	void start() {
		this.server.bind("127.0.0.1", 0);
		CommandListener countFinds = new CommandListener() {
			@Override
			public void commandStarted(CommandStartedEvent event) {
				if (event.getCommandName().equals("find")) {
					IdPagesIntegrationTests.this.finds.incrementAndGet();
				}
			}
		};
		this.client = MongoClients.create(MongoClientSettings.builder()
			.applyConnectionString(
					new ConnectionString("mongodb://127.0.0.1:" + this.server.getLocalAddress().getPort()))
			.addCommandListener(countFinds)
			.build());
		this.collection = this.client.getDatabase("helpdesk").getCollection("cases");
		Mono.from(this.collection.insertMany(IntStream.range(0, DOCUMENTS)
			.mapToObj((i) -> new Document("_id", String.format("case-%05d", i)))
			.toList())).block(Duration.ofSeconds(30));
	}

	@AfterEach
	void stop() {
		this.client.close();
		this.server.shutdown();
	}

	@Test
	void aSlowReaderHoldsOnePageNotTheCollection() throws InterruptedException {
		List<String> read = new ArrayList<>();
		BaseSubscriber<Document> slowReader = new BaseSubscriber<>() {
			@Override
			protected void hookOnSubscribe(Subscription subscription) {
				request(1);
			}

			@Override
			protected void hookOnNext(Document document) {
				read.add(document.getString("_id"));
			}
		};
		new IdPages(this.collection).inIdOrder(List.of(), null).subscribe(slowReader);
		await().atMost(Duration.ofSeconds(10)).until(() -> read.size() == 1);
		Thread.sleep(1_000);

		assertThat(this.finds.get()).as("pages read while the reader has taken one document").isLessThanOrEqualTo(2);

		slowReader.request(Long.MAX_VALUE);
		await().atMost(Duration.ofSeconds(30)).until(() -> read.size() == DOCUMENTS);
		assertThat(read).isSorted().doesNotHaveDuplicates();
		assertThat(this.finds.get()).isBetween(10, 11);
	}

}

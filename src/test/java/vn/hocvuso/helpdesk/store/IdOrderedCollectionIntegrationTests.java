package vn.hocvuso.helpdesk.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Random;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.reactivestreams.client.FindPublisher;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded store's {@code _id}-ordered reads, through the real driver over TCP,
 * answer every query exactly as mongo-java-server's in-memory store does: random ranges
 * and lists ({@code $in}) on {@code _id}, alone or in {@code $and}s (nested too) with
 * other fields, sorted either way or on another field, with limits and skips, over ids of
 * every shape (time-ordered, made-up, Vietnamese, emoji), after a restart too, with a
 * secondary index declared (which the embedded store lists but does not keep); and a
 * collection whose ids are not all strings is still answered right.
 */
class IdOrderedCollectionIntegrationTests {

	private static final int DOCUMENTS = 1_500;

	private static final int QUERIES = 400;

	@TempDir
	Path dataDir;

	private final MongoServer reference = new MongoServer(new MemoryBackend());

	private MongoClient referenceClient;

	@BeforeEach
	void startReference() {
		this.reference.bind("127.0.0.1", 0);
		this.referenceClient = MongoClients.create("mongodb://127.0.0.1:" + this.reference.getLocalAddress().getPort());
	}

	@AfterEach
	void stopReference() {
		this.referenceClient.close();
		this.reference.shutdown();
	}

	@Test
	void answersRandomIdRangesAndOrdersExactlyAsTheReferenceStoreBeforeAndAfterARestart() {
		Random random = new Random(20261206);
		List<Document> documents = documents(random, false);
		List<String> ids = documents.stream().map((document) -> document.getString("_id")).toList();
		insert(this.referenceClient, documents);
		try (EmbeddedMongoServer server = EmbeddedMongoServer.start(properties());
				MongoClient client = MongoClients.create(server.connectionString())) {
			insert(client, documents);
			Mono.from(collection(client)
				.createIndex(Indexes.compoundIndex(Indexes.ascending("status"), Indexes.descending("_id"))))
				.block(Duration.ofSeconds(30));
			assertSameAnswers(client, random, ids);
			server.commit();
		}
		try (EmbeddedMongoServer server = EmbeddedMongoServer.start(properties());
				MongoClient client = MongoClients.create(server.connectionString())) {
			assertThat(Flux.from(collection(client).listIndexes())
				.map((index) -> index.getString("name"))
				.collectList()
				.block(Duration.ofSeconds(30))).as("indexes declared before the restart")
				.contains("_id_", "status_1__id_-1");
			assertSameAnswers(client, random, ids);
		}
	}

	@Test
	void answersRightWhenSomeIdsAreNotStrings() {
		Random random = new Random(7);
		List<Document> documents = documents(random, true);
		List<String> ids = documents.stream()
			.map((document) -> document.get("_id"))
			.filter(String.class::isInstance)
			.map(String.class::cast)
			.toList();
		insert(this.referenceClient, documents);
		try (EmbeddedMongoServer server = EmbeddedMongoServer.start(properties());
				MongoClient client = MongoClients.create(server.connectionString())) {
			insert(client, documents);
			assertSameAnswers(client, random, ids);
		}
	}

	@Test
	void updatesAndDeletesByIdChangeTheSameDocumentsAsTheReferenceStore() {
		Random random = new Random(20261207);
		List<Document> documents = documents(random, false);
		List<String> ids = documents.stream().map((document) -> document.getString("_id")).toList();
		insert(this.referenceClient, documents);
		try (EmbeddedMongoServer server = EmbeddedMongoServer.start(properties());
				MongoClient client = MongoClients.create(server.connectionString())) {
			insert(client, documents);
			for (int i = 0; i < QUERIES; i++) {
				Bson filter = switch (random.nextInt(3)) {
					case 0 -> Filters.eq("_id", pivot(random, ids));
					case 1 -> Filters.in("_id", List.of(pivot(random, ids), pivot(random, ids)));
					default ->
						Filters.and(Filters.gte("_id", pivot(random, ids)), Filters.lt("_id", pivot(random, ids)));
				};
				boolean delete = random.nextInt(4) == 0;
				for (MongoClient store : List.of(this.referenceClient, client)) {
					MongoCollection<Document> collection = collection(store);
					// Many: which one of several a "one" changes is not defined.
					Mono.from(delete ? collection.deleteMany(filter)
							: collection.updateMany(filter, new Document("$set", new Document("status", "DONE"))))
						.block(Duration.ofSeconds(30));
				}
				String one = pivot(random, ids);
				for (MongoClient store : List.of(this.referenceClient, client)) {
					Mono.from(collection(store).updateOne(Filters.eq("_id", one),
							new Document("$set", new Document("status", "ONE"))))
						.block(Duration.ofSeconds(30));
				}
			}
			assertThat(find(client, new Document(), 1, 0, 0)).as("every document, in id order")
				.containsExactlyElementsOf(find(this.referenceClient, new Document(), 1, 0, 0));
			assertSameAnswers(client, random, ids);
		}
	}

	private void assertSameAnswers(MongoClient client, Random random, List<String> ids) {
		for (int i = 0; i < QUERIES; i++) {
			Bson filter = filter(random, ids);
			int order = random.nextInt(4);
			int limit = (order == 0) ? 0 : random.nextInt(3) * (1 + random.nextInt(60));
			int skip = (order == 0 || random.nextInt(4) > 0) ? 0 : random.nextInt(20);
			List<Document> expected = find(this.referenceClient, filter, order, limit, skip);
			List<Document> actual = find(client, filter, order, limit, skip);
			String query = filter.toBsonDocument() + " order " + order + " limit " + limit + " skip " + skip;
			if (order == 0) {
				assertThat(actual).as(query).containsExactlyInAnyOrderElementsOf(expected);
			}
			else {
				assertThat(actual).as(query).containsExactlyElementsOf(expected);
			}
		}
	}

	/**
	 * Sorts: 0 none, 1 on {@code _id}, 2 on {@code _id} descending, 3 on another field.
	 */
	private static List<Document> find(MongoClient client, Bson filter, int order, int limit, int skip) {
		FindPublisher<Document> find = collection(client).find(filter).limit(limit).skip(skip);
		if (order > 0) {
			find = find.sort((order == 1) ? Sorts.ascending("_id")
					: (order == 2) ? Sorts.descending("_id") : Sorts.descending("n"));
		}
		return Flux.from(find).collectList().block(Duration.ofSeconds(30));
	}

	private static Bson filter(Random random, List<String> ids) {
		List<Bson> parts = new ArrayList<>();
		if (random.nextInt(3) > 0) {
			parts.add(Filters.gte("_id", pivot(random, ids)));
		}
		if (random.nextInt(3) > 0) {
			parts.add(random.nextBoolean() ? Filters.lt("_id", pivot(random, ids))
					: Filters.lte("_id", pivot(random, ids)));
		}
		if (random.nextInt(4) == 0) {
			parts.add(Filters.gt("_id", pivot(random, ids)));
		}
		if (random.nextInt(3) == 0) {
			parts.add(Filters.eq("status", random.nextBoolean() ? "OPEN" : "ANSWERED"));
		}
		if (random.nextInt(8) == 0) {
			parts.add(Filters.eq("_id", pivot(random, ids)));
		}
		if (random.nextInt(4) == 0) {
			List<String> listed = new ArrayList<>();
			for (int n = random.nextInt(12); n > 0; n--) {
				listed.add(pivot(random, ids));
			}
			parts.add(Filters.in("_id", listed));
		}
		if (parts.size() > 2 && random.nextBoolean()) {
			Bson nested = Filters.and(parts.remove(0), parts.remove(0));
			parts.add(random.nextInt(parts.size() + 1), nested);
		}
		return parts.isEmpty() ? new Document() : (parts.size() == 1) ? parts.get(0) : Filters.and(parts);
	}

	private static String pivot(Random random, List<String> ids) {
		return (random.nextInt(4) == 0) ? randomId(random) : ids.get(random.nextInt(ids.size()));
	}

	private static List<Document> documents(Random random, boolean mixedIds) {
		List<Document> documents = new ArrayList<>();
		for (int i = 0; i < DOCUMENTS; i++) {
			Object id = (mixedIds && i % 5 == 0) ? (Object) (i % 10 == 0 ? i : new ObjectId()) : randomId(random);
			if (documents.stream().noneMatch((document) -> document.get("_id").equals(id))) {
				documents.add(new Document("_id", id).append("n", i)
					.append("status", random.nextBoolean() ? "OPEN" : "ANSWERED"));
			}
		}
		documents.sort(Comparator.comparingInt((document) -> random.nextInt()));
		return documents;
	}

	private static String randomId(Random random) {
		return switch (random.nextInt(5)) {
			case 0, 1 ->
				new ObjectId(new Date(1_700_000_000_000L + (long) random.nextInt(400) * 86_400_000L)).toHexString();
			case 2 -> "bench-" + Long.toHexString(random.nextLong());
			case 3 -> "hồ sơ " + random.nextInt(300);
			default -> "🙂" + random.nextInt(50) + "\uFFFD";
		};
	}

	private static void insert(MongoClient client, List<Document> documents) {
		Mono.from(collection(client).insertMany(documents)).block(Duration.ofMinutes(1));
	}

	private static MongoCollection<Document> collection(MongoClient client) {
		return client.getDatabase("helpdesk").getCollection("cases");
	}

	private StoreProperties properties() {
		return new StoreProperties("", "helpdesk", this.dataDir, StoreProperties.EmbeddedBackend.H2,
				Duration.ofHours(1), "", 50, true, 16);
	}

}

package vn.hocvuso.helpdesk;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.event.CommandListener;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * What a store test talks to, through the real driver over TCP: a MongoDB-wire server in
 * memory on a loopback port, or, with {@code MONGODB_URI} set, a database of its own on
 * that MongoDB, dropped on close ({@link RealMongo}).
 */
public final class WireServer implements AutoCloseable {

	private final @Nullable MongoServer server;

	private final MongoClient client;

	private final String database;

	private final String uri;

	private final List<MongoClient> others = new ArrayList<>();

	public WireServer() {
		this(null);
	}

	/**
	 * @param listener sees every command this client sends, when not null
	 */
	public WireServer(@Nullable CommandListener listener) {
		String real = RealMongo.uri().orElse(null);
		if (real != null) {
			this.server = null;
			this.uri = real;
			this.database = RealMongo.freshDatabase();
		}
		else {
			MongoServer memory = new MongoServer(new MemoryBackend());
			memory.bind("127.0.0.1", 0);
			this.server = memory;
			this.uri = "mongodb://127.0.0.1:" + memory.getLocalAddress().getPort();
			this.database = "helpdesk";
		}
		MongoClientSettings.Builder settings = MongoClientSettings.builder()
			.applyConnectionString(new ConnectionString(this.uri));
		if (listener != null) {
			settings.addCommandListener(listener);
		}
		this.client = MongoClients.create(settings.build());
	}

	public MongoDatabase database() {
		return this.client.getDatabase(this.database);
	}

	/** The arguments that start an app instance on this store. */
	public List<String> appArguments() {
		return List.of("--helpdesk.store.uri=" + this.uri, "--helpdesk.store.database=" + this.database);
	}

	/** The same database through a client of its own, as another app instance has. */
	public MongoDatabase databaseOfAnotherInstance() {
		MongoClient other = MongoClients.create(this.uri);
		this.others.add(other);
		return other.getDatabase(this.database);
	}

	@Override
	public void close() {
		this.others.forEach(MongoClient::close);
		MongoServer memory = this.server;
		if (memory == null) {
			Mono.from(database().drop()).block(Duration.ofSeconds(30));
		}
		this.client.close();
		if (memory != null) {
			memory.shutdown();
		}
	}

}

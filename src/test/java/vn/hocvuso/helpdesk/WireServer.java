package vn.hocvuso.helpdesk;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * A MongoDB-wire server in memory on a loopback port, and the real driver connected to it
 * over TCP: what a store test talks to.
 */
public final class WireServer implements AutoCloseable {

	private final MongoServer server = new MongoServer(new MemoryBackend());

	private final MongoClient client;

	public WireServer() {
		this.server.bind("127.0.0.1", 0);
		this.client = MongoClients.create("mongodb://127.0.0.1:" + this.server.getLocalAddress().getPort());
	}

	public MongoDatabase database() {
		return this.client.getDatabase("helpdesk");
	}

	@Override
	public void close() {
		this.client.close();
		this.server.shutdown();
	}

}

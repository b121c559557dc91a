package vn.hocvuso.helpdesk.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.jspecify.annotations.Nullable;

/**
 * An in-process MongoDB-wire-protocol server on a loopback port, so the app runs with no
 * set-up. The app reaches it over TCP through the same driver it uses for a real MongoDB.
 */
final class EmbeddedMongoServer implements AutoCloseable {

	private final MongoServer server;

	private final MongoBackend backend;

	private final InetSocketAddress address;

	private final String description;

	private final StoreFile.@Nullable Opened file;

	private EmbeddedMongoServer(MongoBackend backend, StoreFile.@Nullable Opened file, String description) {
		this.backend = backend;
		this.file = file;
		this.server = new MongoServer(backend);
		this.server.bind("127.0.0.1", 0);
		this.address = this.server.getLocalAddress();
		this.description = description;
	}

	static EmbeddedMongoServer start(StoreProperties properties) {
		if (properties.embeddedBackend() == StoreProperties.EmbeddedBackend.MEMORY) {
			MemoryBackend memory = new MemoryBackend() {
				@Override
				public Document handleCommand(Channel channel, String database, String command, Document query) {
					return super.handleCommand(channel, database, IdOrderedH2Backend.oldName(command), query);
				}
			};
			return new EmbeddedMongoServer(memory, null, "in memory (data is lost on stop)");
		}
		Path path = prepareDataFile(properties.dataDir());
		StoreFile.Opened file = StoreFile.open(path, properties.compactBelow(), properties.compress(),
				properties.pageCacheMb());
		return new EmbeddedMongoServer(new IdOrderedH2Backend(file.store()), file, "H2 file " + path);
	}

	private static Path prepareDataFile(Path dataDir) {
		try {
			Files.createDirectories(dataDir);
			return dataDir.toAbsolutePath().normalize().resolve("helpdesk.mv");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the data directory " + dataDir, ex);
		}
	}

	String connectionString() {
		return "mongodb://" + this.address.getHostString() + ":" + this.address.getPort();
	}

	/**
	 * Writes what the store holds in memory to its file now, instead of on H2's timer.
	 */
	void commit() {
		if (this.backend instanceof H2Backend h2) {
			h2.commit();
		}
	}

	/** The store's file and its compaction at start-up; none in memory. */
	StoreFile.@Nullable Opened file() {
		return this.file;
	}

	String description() {
		return this.description;
	}

	@Override
	public void close() {
		this.server.shutdown();
	}

}

package vn.hocvuso.helpdesk.store;

import java.time.Clock;
import java.util.List;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.EmptyIndex;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * The embedded store's H2 backend, with collections that read an {@code _id} range or
 * order straight from the file's key order ({@link IdOrderedCollection}). The maps are
 * the ones H2's own backend uses, so a file written by either opens in the other.
 */
final class IdOrderedH2Backend extends H2Backend {

	IdOrderedH2Backend(MVStore store) {
		super(store, Clock.systemUTC());
	}

	/**
	 * Answers {@code hello}, MongoDB's name since 4.4 for {@code isMaster}, as
	 * {@code isMaster}: mongo-java-server knows only the old name and logs an error with
	 * its stack for the new one.
	 */
	@Override
	public Document handleCommand(Channel channel, String database, String command, Document query) {
		return super.handleCommand(channel, database, oldName(command), query);
	}

	/** The name mongo-java-server knows for a command. */
	static String oldName(String command) {
		return "hello".equalsIgnoreCase(command) ? "isMaster" : command;
	}

	@Override
	protected MongoDatabase openOrCreateDatabase(String databaseName) {
		MVStore store = getMvStore();
		CursorRegistry cursors = getCursorRegistry();
		// Captured variables are set before H2Database's constructor opens the
		// collections.
		return new H2Database(databaseName, store, cursors) {
			@Override
			protected MongoCollection<Object> openOrCreateCollection(String name, CollectionOptions options) {
				String namespace = getFullCollectionNamespace(name);
				MVMap<Object, Document> documents = store.openMap("databases." + namespace);
				MVMap<String, Object> sizes = store.openMap("meta." + namespace);
				return new IdOrderedCollection(this, name, options, documents, sizes, cursors);
			}

			@Override
			protected Index<Object> openOrCreateSecondaryIndex(String collection, String name, List<IndexKey> keys,
					boolean sparse) {
				return new UnkeptIndex(name, keys);
			}
		};
	}

	/**
	 * A secondary index the embedded store declares but does not keep: queries scan, as
	 * with mongo-java-server's own placeholder. Unlike that placeholder it does not count
	 * as empty, so opening the store does not read every document of the collection twice
	 * per such index to fill it with nothing (at 1,000,000 cases that was 161 s of a
	 * 180-second start).
	 */
	static final class UnkeptIndex extends EmptyIndex<Object> {

		UnkeptIndex(String name, List<IndexKey> keys) {
			super(name, keys);
		}

		@Override
		public boolean isEmpty() {
			return false;
		}

	}

}

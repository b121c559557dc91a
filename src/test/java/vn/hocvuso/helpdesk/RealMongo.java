package vn.hocvuso.helpdesk;

import java.util.Optional;
import java.util.UUID;

/**
 * The real-MongoDB test profile. When {@code MONGODB_URI} names a MongoDB (the replica
 * set of {@code docker-compose.yml}), the app's test contexts and {@link WireServer} use
 * it, each in a database of its own that is dropped afterwards; the query-plan checks run
 * only then. Tests about the embedded store's own file stay on the embedded store.
 */
public final class RealMongo {

	/** The environment variable, the same one the app reads. */
	public static final String VARIABLE = "MONGODB_URI";

	/** Why the checks that need a real MongoDB did not run. */
	public static final String SKIPPED = "needs a real MongoDB: set MONGODB_URI (README, 'Several instances')";

	/** Names a test database, so a run never touches a ward's data. */
	static final String DATABASE_PREFIX = "helpdesk_test_";

	private RealMongo() {
	}

	/** The MongoDB the tests should use, when one is named. */
	public static Optional<String> uri() {
		String uri = System.getenv(VARIABLE);
		return (uri == null || uri.isBlank()) ? Optional.empty() : Optional.of(uri.strip());
	}

	/** A database name no other test context uses. */
	public static String freshDatabase() {
		return DATABASE_PREFIX + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
	}

	/**
	 * The argument that keeps an app started by a test on the embedded store, whatever
	 * {@code MONGODB_URI} says: for tests about the embedded store's own file.
	 */
	public static String embeddedStoreOnly() {
		return "--helpdesk.store.uri=";
	}

}

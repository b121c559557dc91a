package vn.hocvuso.helpdesk.knowledge.store;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoCommandException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import vn.hocvuso.helpdesk.knowledge.Article;
import vn.hocvuso.helpdesk.knowledge.Library;
import vn.hocvuso.helpdesk.knowledge.LibraryProblem;
import vn.hocvuso.helpdesk.knowledge.LibraryValidator;

/**
 * Every published library version, one document each in {@code library_versions} (kept
 * forever, for history and rollback), and the version document {@code library_state} that
 * says which one is live. Every app instance watches the version document; a publish
 * inserts the new version, then moves the pointer with a compare-and-set, so of two
 * publishes racing from the same live version only one goes live.
 */
public class LibraryVersionStore {

	private static final Logger log = LoggerFactory.getLogger(LibraryVersionStore.class);

	private static final String LIVE = "live";

	private final MongoDatabase database;

	private final MongoCollection<Document> versions;

	private final MongoCollection<Document> state;

	private final LibraryValidator validator;

	LibraryVersionStore(MongoDatabase database, LibraryValidator validator) {
		this.database = database;
		this.versions = database.getCollection("library_versions");
		this.state = database.getCollection("library_state");
		this.validator = validator;
	}

	/** The live version number; empty before the first library is stored. */
	public Mono<Integer> liveVersion() {
		return Mono.from(this.state.find(Filters.eq("_id", LIVE)).first()).map((live) -> live.getInteger("version"));
	}

	/**
	 * The live version each time the version document changes, from a change stream.
	 * Fails at once on a store without change streams (only replica sets have them; the
	 * embedded store has not); callers then poll {@link #liveVersion()}.
	 */
	public Flux<Integer> liveChanges() {
		return Mono.from(this.database.runCommand(new Document("hello", 1)))
			// Servers before MongoDB 4.4, and the embedded one, only know the old name.
			.onErrorResume(MongoCommandException.class,
					(unknown) -> Mono.from(this.database.runCommand(new Document("isMaster", 1))))
			.flatMapMany((server) -> server.containsKey("setName") ? Flux.from(this.state.watch())
					: Flux.error(new UnsupportedOperationException("the store is not a replica set")))
			.concatMap((change) -> liveVersion());
	}

	/**
	 * One stored version. Articles that no longer keep the rules (for example after a
	 * rule changed) are logged and left out, as at start-up.
	 */
	public Mono<PublishedLibrary> find(int version) {
		return Mono.from(this.versions.find(Filters.eq("_id", version)).first()).map(this::toPublished);
	}

	/** Every version without its articles, newest first. */
	public Flux<VersionInfo> history() {
		return Flux.from(this.versions.find().projection(Projections.exclude("articles")).sort(Sorts.descending("_id")))
			.map(LibraryVersionStore::info);
	}

	/**
	 * Stores the first library of an empty store and makes it live. Two instances seeding
	 * at once store it once: both the version and the pointer are written only when
	 * absent.
	 */
	Mono<Void> storeFirst(PublishedLibrary first) {
		return Mono.from(this.versions.insertOne(toDocument(first)))
			.then()
			.onErrorResume(LibraryVersionStore::isDuplicate, (exists) -> Mono.empty())
			.then(Mono.from(this.state.updateOne(Filters.eq("_id", LIVE),
					Updates.setOnInsert("version", first.info().version()), new UpdateOptions().upsert(true))))
			.then();
	}

	/**
	 * Stores a new version and makes it live, provided the live version is still
	 * {@code expectedLive}.
	 * @return whether the new version went live; when not, nothing was changed
	 */
	public Mono<Boolean> publish(PublishedLibrary next, int expectedLive) {
		int version = next.info().version();
		return Mono.from(this.versions.insertOne(toDocument(next)))
			.then(Mono
				.from(this.state.updateOne(Filters.and(Filters.eq("_id", LIVE), Filters.eq("version", expectedLive)),
						Updates.combine(Updates.set("version", version),
								Updates.set("publishedAt", Date.from(next.info().publishedAt()))))))
			.flatMap((moved) -> (moved.getModifiedCount() == 1) ? Mono.just(true)
					: Mono.from(this.versions.deleteOne(Filters.eq("_id", version))).thenReturn(false))
			.onErrorResume(LibraryVersionStore::isDuplicate, (taken) -> Mono.just(false));
	}

	private PublishedLibrary toPublished(Document document) {
		VersionInfo info = info(document);
		List<Article> articles = new ArrayList<>();
		for (Document stored : document.getList("articles", Document.class, List.of())) {
			try {
				Article article = ArticleDocuments.fromDocument(stored);
				List<LibraryProblem> problems = this.validator.check(article);
				if (problems.isEmpty()) {
					articles.add(article);
				}
				else {
					log.error("Leaving out article {} of library version {}: {}", article.id(), info.version(),
							problems);
				}
			}
			catch (RuntimeException ex) {
				log.error("Leaving out article {} of library version {}: {}", stored.get("_id"), info.version(),
						ex.getMessage());
			}
		}
		return new PublishedLibrary(info, Library.of(info.version(), articles));
	}

	private static Document toDocument(PublishedLibrary published) {
		VersionInfo info = published.info();
		return new Document("_id", info.version()).append("publishedBy", info.publishedBy())
			.append("publishedAt", Date.from(info.publishedAt()))
			.append("note", info.note())
			.append("articles",
					published.library().articles().values().stream().map(ArticleDocuments::toDocument).toList());
	}

	private static VersionInfo info(Document document) {
		return new VersionInfo(document.getInteger("_id"), document.getString("publishedBy"),
				document.getDate("publishedAt").toInstant(), document.getString("note"));
	}

	private static boolean isDuplicate(Throwable error) {
		return error instanceof MongoWriteException write
				&& write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
	}

}

package vn.hocvuso.helpdesk.knowledge.store;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import vn.hocvuso.helpdesk.knowledge.Article;
import vn.hocvuso.helpdesk.knowledge.Library;
import vn.hocvuso.helpdesk.knowledge.LibraryProblem;
import vn.hocvuso.helpdesk.knowledge.LibraryValidator;

/**
 * Builds the library at start-up: an empty store is seeded with version 1 from the
 * article files (a store that already has a library is never overwritten, so staff edits
 * survive), then the live version is read. Articles that break a rule are logged and left
 * out; the rest still load.
 */
class LibraryLoader {

	static final String SEEDED_BY = "knowledge-base";

	private static final Logger log = LoggerFactory.getLogger(LibraryLoader.class);

	private final LibraryVersionStore versions;

	private final SeedFiles seedFiles;

	private final LibraryValidator validator;

	private final Clock clock;

	LibraryLoader(LibraryVersionStore versions, SeedFiles seedFiles, LibraryValidator validator, Clock clock) {
		this.versions = versions;
		this.seedFiles = seedFiles;
		this.validator = validator;
		this.clock = clock;
	}

	Mono<Library> load(String seedLocation) {
		return this.versions.liveVersion()
			.switchIfEmpty(Mono.defer(() -> seed(seedLocation)).then(this.versions.liveVersion()))
			.flatMap(this.versions::find)
			.map(PublishedLibrary::library)
			.switchIfEmpty(Mono
				.error(() -> new IllegalStateException("The store names a live library version it does not hold")))
			.doOnNext(this::report);
	}

	private Mono<Void> seed(String seedLocation) {
		return Mono.fromCallable(() -> this.seedFiles.read(seedLocation))
			.subscribeOn(Schedulers.boundedElastic())
			.flatMap((articles) -> this.versions.storeFirst(first(articles))
				.doOnSuccess((done) -> log.info("Seeded the store with {} articles from {}", articles.size(),
						seedLocation)));
	}

	private PublishedLibrary first(List<Article> articles) {
		return new PublishedLibrary(
				new VersionInfo(1, SEEDED_BY, this.clock.instant(), "Nạp lần đầu từ thư mục knowledge-base"),
				Library.of(1, articles));
	}

	private void report(Library library) {
		List<LibraryProblem> problems = this.validator.check(List.copyOf(library.articles().values()));
		if (!problems.isEmpty()) {
			log.warn("The library has {} problems: {}", problems.size(), problems);
		}
		log.info("Library version {} loaded: {} articles", library.version(), library.size());
	}

}

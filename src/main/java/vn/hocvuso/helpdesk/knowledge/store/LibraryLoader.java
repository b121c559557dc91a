package vn.hocvuso.helpdesk.knowledge.store;

import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import vn.hocvuso.helpdesk.knowledge.Article;
import vn.hocvuso.helpdesk.knowledge.Library;
import vn.hocvuso.helpdesk.knowledge.LibraryProblem;
import vn.hocvuso.helpdesk.knowledge.LibraryValidator;

/**
 * Builds the library at start-up: seeds an empty store from the article files (a store
 * that already has articles is never overwritten, so staff edits survive), then reads the
 * store. Articles that break a rule are logged and left out; the rest still load.
 */
class LibraryLoader {

	private static final Logger log = LoggerFactory.getLogger(LibraryLoader.class);

	private final ArticleRepository repository;

	private final SeedFiles seedFiles;

	private final LibraryValidator validator;

	LibraryLoader(ArticleRepository repository, SeedFiles seedFiles, LibraryValidator validator) {
		this.repository = repository;
		this.seedFiles = seedFiles;
		this.validator = validator;
	}

	Mono<Library> load(String seedLocation) {
		return seedIfEmpty(seedLocation).then(this.repository.findAll().collectList()).map(this::toLibrary);
	}

	private Mono<Void> seedIfEmpty(String seedLocation) {
		return this.repository.count().flatMap((count) -> {
			if (count > 0) {
				return Mono.empty();
			}
			return Mono.fromCallable(() -> this.seedFiles.read(seedLocation))
				.subscribeOn(Schedulers.boundedElastic())
				.flatMap((articles) -> this.repository.saveAll(articles)
					.doOnSuccess((done) -> log.info("Seeded the store with {} articles from {}", articles.size(),
							seedLocation)));
		});
	}

	private Library toLibrary(List<Document> documents) {
		List<Article> articles = new ArrayList<>();
		for (Document document : documents) {
			try {
				Article article = ArticleDocuments.fromDocument(document);
				List<LibraryProblem> problems = this.validator.check(article);
				if (problems.isEmpty()) {
					articles.add(article);
				}
				else {
					log.error("Leaving out stored article {}: {}", article.id(), problems);
				}
			}
			catch (RuntimeException ex) {
				log.error("Leaving out stored article {}: {}", document.get("_id"), ex.getMessage());
			}
		}
		List<LibraryProblem> libraryProblems = this.validator.check(articles);
		if (!libraryProblems.isEmpty()) {
			log.warn("The library has {} problems: {}", libraryProblems.size(), libraryProblems);
		}
		log.info("Library loaded: {} articles", articles.size());
		return Library.of(1, articles);
	}

}

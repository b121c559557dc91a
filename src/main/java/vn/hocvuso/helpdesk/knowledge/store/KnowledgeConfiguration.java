package vn.hocvuso.helpdesk.knowledge.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

import com.mongodb.reactivestreams.client.MongoDatabase;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.DefaultResourceLoader;

import vn.hocvuso.helpdesk.knowledge.Library;
import vn.hocvuso.helpdesk.knowledge.LibraryValidator;
import vn.hocvuso.helpdesk.knowledge.TopicCatalog;

/**
 * Wires the library: catalogue, validation rules, versions, drafts, seeding and the live
 * snapshot.
 */
@Configuration(proxyBeanMethods = false)
class KnowledgeConfiguration {

	@Bean
	TopicCatalog topicCatalog(KnowledgeProperties properties) {
		try {
			String tsv = new DefaultResourceLoader().getResource(properties.topics())
				.getContentAsString(StandardCharsets.UTF_8);
			return TopicCatalog.parse(tsv);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the topic catalogue " + properties.topics(), ex);
		}
	}

	@Bean
	LibraryValidator libraryValidator(TopicCatalog catalog) {
		return new LibraryValidator(catalog);
	}

	@Bean
	LibraryVersionStore libraryVersions(MongoDatabase database, LibraryValidator validator) {
		return new LibraryVersionStore(database, validator);
	}

	@Bean
	DraftStore drafts(MongoDatabase database) {
		return new DraftStore(database);
	}

	/**
	 * Loaded once during start-up, on the main thread, before the server takes requests.
	 */
	@Bean
	KnowledgeBase knowledgeBase(LibraryVersionStore versions, TopicCatalog catalog, LibraryValidator validator,
			KnowledgeProperties properties, Clock clock) {
		LibraryLoader loader = new LibraryLoader(versions, new SeedFiles(validator), validator, clock);
		Library library = loader.load(properties.seedLocation()).block(Duration.ofMinutes(1));
		return new KnowledgeBase(catalog, library);
	}

}

package vn.hocvuso.helpdesk.nlu;

import java.time.Clock;
import java.time.Duration;

import com.mongodb.reactivestreams.client.MongoDatabase;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.hocvuso.helpdesk.knowledge.Library;
import vn.hocvuso.helpdesk.knowledge.store.KnowledgeBase;
import vn.hocvuso.helpdesk.knowledge.store.KnowledgeProperties;
import vn.hocvuso.helpdesk.knowledge.store.LibraryVersionStore;
import vn.hocvuso.helpdesk.nlu.model.Features;
import vn.hocvuso.helpdesk.nlu.model.ModelTrainer;
import vn.hocvuso.helpdesk.nlu.model.TopicModel;
import vn.hocvuso.helpdesk.text.VietnameseNormalizer;

/**
 * Loads (or trains) the first model of the library at start-up, before the server takes
 * requests, and keeps the live model on the published library version afterwards.
 */
@Configuration(proxyBeanMethods = false)
class NluConfiguration {

	private static final Logger log = LoggerFactory.getLogger(NluConfiguration.class);

	@Bean
	VietnameseNormalizer vietnameseNormalizer() {
		return new VietnameseNormalizer();
	}

	@Bean
	ModelTrainer modelTrainer(NluProperties properties) {
		return new ModelTrainer(new ModelTrainer.TrainingSettings(properties.algorithm(), properties.cutoff(),
				properties.iterations(), Features.parse(properties.features())));
	}

	@Bean
	LibraryModels libraryModels(ModelTrainer trainer, VietnameseNormalizer normalizer, MongoDatabase database,
			Clock clock) {
		return new LibraryModels(trainer, normalizer, new SavedModelStore(database), clock);
	}

	@Bean
	TopicClassifier topicClassifier(KnowledgeBase knowledgeBase, LibraryModels models, NluProperties properties) {
		Library library = knowledgeBase.current();
		long started = System.nanoTime();
		TopicModel model = models.live(library, (percent) -> {
		}).block(Duration.ofMinutes(5));
		log.info("Topic model for {} topics ready in {} ms", library.size(),
				Duration.ofNanos(System.nanoTime() - started).toMillis());
		return new TopicClassifier(model, properties.cacheSize());
	}

	@Bean
	LiveLibrary liveLibrary(KnowledgeBase knowledgeBase, TopicClassifier classifier) {
		return new LiveLibrary(knowledgeBase, classifier);
	}

	@Bean
	LibraryWatcher libraryWatcher(LibraryVersionStore versions, LibraryModels models, LiveLibrary live,
			KnowledgeProperties properties) {
		return new LibraryWatcher(versions, models, live, properties.pollInterval());
	}

	/** The decision policy is built by escalation, which owns its thresholds. */
	@Bean
	UnderstandingService understandingService(VietnameseNormalizer normalizer, TopicClassifier classifier,
			DecisionPolicy policy, KnowledgeBase knowledgeBase) {
		return new UnderstandingService(normalizer, classifier, policy, knowledgeBase);
	}

	@Bean
	PredictionCacheMetrics predictionCacheMetrics(TopicClassifier classifier) {
		return new PredictionCacheMetrics(classifier);
	}

	@Bean
	EvalCommand evalCommand(UnderstandingService understandingService) {
		return new EvalCommand(understandingService);
	}

	@Bean
	CrossValidation crossValidation(LibraryModels models, ModelTrainer trainer, DecisionPolicy policy) {
		return new CrossValidation(models, trainer, policy);
	}

	@Bean
	TrainingExport trainingExport(KnowledgeBase knowledgeBase) {
		return new TrainingExport(knowledgeBase);
	}

}

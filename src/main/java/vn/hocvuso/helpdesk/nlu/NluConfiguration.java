package vn.hocvuso.helpdesk.nlu;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.hocvuso.helpdesk.knowledge.Article;
import vn.hocvuso.helpdesk.knowledge.Library;
import vn.hocvuso.helpdesk.knowledge.store.KnowledgeBase;
import vn.hocvuso.helpdesk.nlu.model.Features;
import vn.hocvuso.helpdesk.nlu.model.LabeledExample;
import vn.hocvuso.helpdesk.nlu.model.ModelTrainer;
import vn.hocvuso.helpdesk.nlu.model.TopicModel;
import vn.hocvuso.helpdesk.text.VietnameseNormalizer;

/**
 * Trains the first model from the library at start-up, before the server takes requests.
 */
@Configuration(proxyBeanMethods = false)
class NluConfiguration {

	private static final Logger log = LoggerFactory.getLogger(NluConfiguration.class);

	@Bean
	VietnameseNormalizer vietnameseNormalizer() {
		return new VietnameseNormalizer();
	}

	@Bean
	TopicClassifier topicClassifier(KnowledgeBase knowledgeBase, VietnameseNormalizer normalizer,
			NluProperties properties) {
		ModelTrainer trainer = new ModelTrainer(new ModelTrainer.TrainingSettings(properties.algorithm(),
				properties.cutoff(), properties.iterations(), Features.parse(properties.features())));
		Library library = knowledgeBase.current();
		List<LabeledExample> examples = examples(library, normalizer);
		long started = System.nanoTime();
		TopicModel model = Mono.fromCallable(() -> trainer.train(examples, library.version()))
			.subscribeOn(Schedulers.boundedElastic())
			.block(Duration.ofMinutes(5));
		log.info("Topic model trained on {} examples of {} topics in {} ms", examples.size(), library.size(),
				Duration.ofNanos(System.nanoTime() - started).toMillis());
		return new TopicClassifier(model, properties.cacheSize());
	}

	@Bean
	UnderstandingService understandingService(VietnameseNormalizer normalizer, TopicClassifier classifier,
			NluProperties properties, KnowledgeBase knowledgeBase) {
		return new UnderstandingService(normalizer, classifier, new DecisionPolicy(properties), knowledgeBase);
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
	TrainingExport trainingExport(KnowledgeBase knowledgeBase) {
		return new TrainingExport(knowledgeBase);
	}

	static List<LabeledExample> examples(Library library, VietnameseNormalizer normalizer) {
		List<LabeledExample> examples = new ArrayList<>();
		for (Article article : library.articles().values()) {
			for (String example : article.examples()) {
				examples.add(new LabeledExample(article.id(), normalizer.normalize(example)));
			}
		}
		return examples;
	}

}

package vn.hocvuso.helpdesk.nlu;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import vn.hocvuso.helpdesk.knowledge.Article;
import vn.hocvuso.helpdesk.knowledge.Library;
import vn.hocvuso.helpdesk.knowledge.SystemIntents;
import vn.hocvuso.helpdesk.nlu.model.LabeledExample;
import vn.hocvuso.helpdesk.nlu.model.ModelTrainer;
import vn.hocvuso.helpdesk.nlu.model.TopicModel;
import vn.hocvuso.helpdesk.text.VietnameseNormalizer;

/**
 * Trains a topic model from a library's example questions (and each guide's title, which
 * its buttons send) with the app's settings ({@code helpdesk.nlu.*}), on a worker thread:
 * training takes a second or two of CPU. Live libraries' models are saved in the store
 * and loaded instead of trained again.
 */
public class LibraryModels {

	private static final Logger log = LoggerFactory.getLogger(LibraryModels.class);

	private final ModelTrainer trainer;

	private final VietnameseNormalizer normalizer;

	private final SavedModelStore saved;

	private final Clock clock;

	LibraryModels(ModelTrainer trainer, VietnameseNormalizer normalizer, SavedModelStore saved, Clock clock) {
		this.trainer = trainer;
		this.normalizer = normalizer;
		this.saved = saved;
		this.clock = clock;
	}

	/**
	 * The model of a library that goes (or is) live: the saved one when a model was
	 * trained from the same examples before, else a new one, then saved. A saved model
	 * that cannot be read, or a save that fails, only costs a training.
	 * @param progress told the percentage done, from the worker thread
	 */
	public Mono<TopicModel> live(Library library, IntConsumer progress) {
		return Mono.fromCallable(() -> examples(library))
			.subscribeOn(Schedulers.boundedElastic())
			.flatMap((examples) -> {
				String fingerprint = this.trainer.fingerprint(examples);
				return this.saved.find(fingerprint)
					.map((bytes) -> TopicModel.read(bytes, this.trainer.features(), library.version()))
					.doOnNext((model) -> progress.accept(100))
					.onErrorResume((unreadable) -> {
						log.warn("The saved topic model {} cannot be read; training it again", fingerprint, unreadable);
						return Mono.empty();
					})
					.switchIfEmpty(Mono.defer(() -> trained(examples, library.version(), progress)
						.flatMap((model) -> this.saved.save(fingerprint, model.serialized(), this.clock.instant())
							.onErrorResume((error) -> {
								log.warn("Could not save the topic model; the next start trains it again", error);
								return Mono.empty();
							})
							.thenReturn(model))));
			});
	}

	/**
	 * @param progress told the percentage done, from the worker thread
	 */
	public Mono<TopicModel> train(Library library, IntConsumer progress) {
		return Mono.fromCallable(() -> examples(library))
			.subscribeOn(Schedulers.boundedElastic())
			.flatMap((examples) -> trained(examples, library.version(), progress));
	}

	private Mono<TopicModel> trained(List<LabeledExample> examples, long version, IntConsumer progress) {
		return Mono.fromCallable(() -> this.trainer.train(examples, version, progress))
			.subscribeOn(Schedulers.boundedElastic());
	}

	List<LabeledExample> examples(Library library) {
		List<LabeledExample> examples = new ArrayList<>();
		for (Article article : library.articles().values()) {
			for (String example : article.examples()) {
				examples.add(new LabeledExample(article.id(), this.normalizer.normalize(example)));
			}
			// A button the bot offers sends the guide's title back: it must be
			// understood.
			if (!article.id().equals(SystemIntents.OUT_OF_SCOPE)) {
				examples.add(new LabeledExample(article.id(), this.normalizer.normalize(article.title())));
			}
		}
		return examples;
	}

}

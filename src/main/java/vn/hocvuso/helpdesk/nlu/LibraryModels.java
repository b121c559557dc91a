package vn.hocvuso.helpdesk.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import vn.hocvuso.helpdesk.knowledge.Article;
import vn.hocvuso.helpdesk.knowledge.Library;
import vn.hocvuso.helpdesk.nlu.model.LabeledExample;
import vn.hocvuso.helpdesk.nlu.model.ModelTrainer;
import vn.hocvuso.helpdesk.nlu.model.TopicModel;
import vn.hocvuso.helpdesk.text.VietnameseNormalizer;

/**
 * Trains a topic model from a library's example questions with the app's settings
 * ({@code helpdesk.nlu.*}), on a worker thread: training takes a second or two of CPU.
 */
public class LibraryModels {

	private final ModelTrainer trainer;

	private final VietnameseNormalizer normalizer;

	LibraryModels(ModelTrainer trainer, VietnameseNormalizer normalizer) {
		this.trainer = trainer;
		this.normalizer = normalizer;
	}

	/**
	 * @param progress told the percentage done, from the worker thread
	 */
	public Mono<TopicModel> train(Library library, IntConsumer progress) {
		return Mono.fromCallable(() -> this.trainer.train(examples(library), library.version(), progress))
			.subscribeOn(Schedulers.boundedElastic());
	}

	List<LabeledExample> examples(Library library) {
		List<LabeledExample> examples = new ArrayList<>();
		for (Article article : library.articles().values()) {
			for (String example : article.examples()) {
				examples.add(new LabeledExample(article.id(), this.normalizer.normalize(example)));
			}
		}
		return examples;
	}

}

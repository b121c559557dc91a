package vn.hocvuso.helpdesk.nlu.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains a {@link TopicModel} from labelled examples with OpenNLP's document categorizer.
 * CPU-heavy: run it off the event loop.
 */
public final class ModelTrainer {

	private final TrainingSettings settings;

	public ModelTrainer(TrainingSettings settings) {
		this.settings = settings;
	}

	public TopicModel train(List<LabeledExample> examples, long version) {
		if (examples.isEmpty()) {
			throw new IllegalArgumentException("cannot train a model from no examples");
		}
		List<DocumentSample> samples = examples.stream()
			.map((example) -> new DocumentSample(example.topic(), this.settings.features().of(example.text())))
			.toList();
		TrainingParameters parameters = new TrainingParameters();
		parameters.put(TrainingParameters.ALGORITHM_PARAM, this.settings.algorithm());
		parameters.put(TrainingParameters.CUTOFF_PARAM, this.settings.cutoff());
		parameters.put(TrainingParameters.ITERATIONS_PARAM, this.settings.iterations());
		parameters.put(TrainingParameters.THREADS_PARAM, 1);
		DoccatFactory factory = new DoccatFactory(new FeatureGenerator[] { new BagOfWordsFeatureGenerator() });
		try {
			DoccatModel model = DocumentCategorizerME.train("vi", ObjectStreamUtils.createObjectStream(samples),
					parameters, factory);
			return new TopicModel(model, this.settings.features(), version);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Training the topic model failed", ex);
		}
	}

	/**
	 * How to train.
	 *
	 * @param algorithm OpenNLP's algorithm name, {@code MAXENT} or {@code NAIVEBAYES}
	 * @param cutoff features seen fewer times than this are ignored
	 * @param iterations training passes for MAXENT
	 * @param features which features each message gives
	 */
	public record TrainingSettings(String algorithm, int cutoff, int iterations, Features features) {
	}

}

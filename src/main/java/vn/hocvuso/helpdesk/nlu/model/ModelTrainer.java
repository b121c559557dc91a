package vn.hocvuso.helpdesk.nlu.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.doccat.DocumentCategorizerEventStream;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.monitoring.StopCriteria;
import opennlp.tools.monitoring.TrainingMeasure;
import opennlp.tools.monitoring.TrainingProgressMonitor;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingConfiguration;
import opennlp.tools.util.TrainingParameters;
import opennlp.tools.util.Version;

/**
 * Trains a {@link TopicModel} from labelled examples with OpenNLP's document categorizer,
 * reporting progress as a percentage of the training passes. CPU-heavy: run it off the
 * event loop.
 */
public final class ModelTrainer {

	/**
	 * The app's own trainer of OpenNLP's MAXENT model ({@link SoftmaxTrainer}); the other
	 * names are OpenNLP's own trainers.
	 */
	public static final String SOFTMAX = "SOFTMAX";

	private final TrainingSettings settings;

	public ModelTrainer(TrainingSettings settings) {
		this.settings = settings;
	}

	public TopicModel train(List<LabeledExample> examples, long version) {
		return train(examples, version, (percent) -> {
		});
	}

	/**
	 * Trains as {@link #train(List, long)}, telling {@code progress} the percentage done
	 * after each pass (MAXENT only) and 100 at the end.
	 */
	public TopicModel train(List<LabeledExample> examples, long version, IntConsumer progress) {
		if (examples.isEmpty()) {
			throw new IllegalArgumentException("cannot train a model from no examples");
		}
		DoccatFactory factory = new DoccatFactory(new FeatureGenerator[] { new BagOfWordsFeatureGenerator() });
		if (this.settings.algorithm().equals(SOFTMAX)) {
			List<String[]> documents = examples.stream()
				.map((example) -> this.settings.features().of(example.text()))
				.toList();
			GISModel model = new SoftmaxTrainer(this.settings.iterations(), this.settings.cutoff())
				.train(examples.stream().map(LabeledExample::topic).toList(), documents, progress);
			progress.accept(100);
			return new TopicModel(new DoccatModel("vi", model, new HashMap<>(), factory), this.settings.features(),
					version);
		}
		List<DocumentSample> samples = examples.stream()
			.map((example) -> new DocumentSample(example.topic(), this.settings.features().of(example.text())))
			.toList();
		TrainingParameters parameters = new TrainingParameters();
		parameters.put(TrainingParameters.ALGORITHM_PARAM, this.settings.algorithm());
		parameters.put(TrainingParameters.CUTOFF_PARAM, this.settings.cutoff());
		parameters.put(TrainingParameters.ITERATIONS_PARAM, this.settings.iterations());
		parameters.put(TrainingParameters.THREADS_PARAM, 1);
		// What DocumentCategorizerME.train does, with a progress monitor added.
		Map<String, String> manifest = new HashMap<>();
		EventTrainer trainer = TrainerFactory.getEventTrainer(parameters, manifest,
				new TrainingConfiguration(new Progress(progress, this.settings.iterations()), null));
		try {
			MaxentModel maxent = trainer.train(new DocumentCategorizerEventStream(
					ObjectStreamUtils.createObjectStream(samples), factory.getFeatureGenerators()));
			progress.accept(100);
			return new TopicModel(new DoccatModel("vi", maxent, manifest, factory), this.settings.features(), version);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Training the topic model failed", ex);
		}
	}

	/**
	 * What the model trained from these examples depends on: the settings, the OpenNLP
	 * version and every example (topic and normalised text), as a SHA-256 in hex. Two
	 * libraries whose examples are the same get the same model.
	 */
	public String fingerprint(List<LabeledExample> examples) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			update(digest, this.settings.toString());
			update(digest, Version.currentVersion().toString());
			for (LabeledExample example : examples) {
				update(digest, example.topic());
				update(digest, String.join(" ", example.text().tokens()));
				update(digest, String.join(" ", example.text().strippedTokens()));
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java has SHA-256", ex);
		}
	}

	public Features features() {
		return this.settings.features();
	}

	private static void update(MessageDigest digest, String part) {
		digest.update(part.getBytes(StandardCharsets.UTF_8));
		digest.update((byte) 0);
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

	/** Turns OpenNLP's per-pass callbacks into a percentage; prints nothing. */
	private static final class Progress implements TrainingProgressMonitor {

		private final IntConsumer percent;

		private final int passes;

		private volatile boolean finished;

		Progress(IntConsumer percent, int passes) {
			this.percent = percent;
			this.passes = Math.max(1, passes);
		}

		@Override
		public void finishedIteration(int iteration, int correct, int total, TrainingMeasure measure, double value) {
			this.percent.accept(Math.min(99, iteration * 100 / this.passes));
		}

		@Override
		public void finishedTraining(int iterations, StopCriteria<?> criteria) {
			this.finished = true;
		}

		@Override
		public boolean isTrainingFinished() {
			return this.finished;
		}

		@Override
		public void display(boolean finished) {
		}

	}

}

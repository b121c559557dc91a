package vn.hocvuso.helpdesk.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import vn.hocvuso.helpdesk.nlu.model.LabeledExample;
import vn.hocvuso.helpdesk.nlu.model.ModelTrainer;
import vn.hocvuso.helpdesk.nlu.model.TopicModel;
import vn.hocvuso.helpdesk.text.VietnameseNormalizer;

/** Time to retrain the topic model on the whole library (what a publish costs). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class RetrainBenchmark {

	private List<LabeledExample> examples;

	private List<List<String>> texts;

	@Setup
	public void readLibrary() {
		this.examples = Library.examples(new VietnameseNormalizer());
		this.texts = Library.texts();
	}

	@Benchmark
	public TopicModel retrainOnTheWholeLibrary() {
		return new ModelTrainer(Library.APP_DEFAULTS).train(this.examples, 2);
	}

	/** What a publish does: every example normalised, then the model trained. */
	@Benchmark
	public TopicModel normaliseAndRetrain() {
		VietnameseNormalizer normalizer = new VietnameseNormalizer();
		List<LabeledExample> normalised = this.texts.stream()
			.map((example) -> new LabeledExample(example.get(0), normalizer.normalize(example.get(1))))
			.toList();
		return new ModelTrainer(Library.APP_DEFAULTS).train(normalised, 2);
	}

}

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

import vn.hocvuso.helpdesk.nlu.model.ModelTrainer;
import vn.hocvuso.helpdesk.nlu.model.Prediction;
import vn.hocvuso.helpdesk.nlu.model.TopicModel;
import vn.hocvuso.helpdesk.text.NormalizedText;
import vn.hocvuso.helpdesk.text.VietnameseNormalizer;

/**
 * Normalise + classify one resident question with the full library's model, uncached (the
 * cost of a message the bot has not seen before). Sample time gives the median and tail.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ClassifyBenchmark {

	private static final List<String> QUESTIONS = List.of("cai vneid o dau", "quen mk vneid k vao dc",
			"Cháu ơi cho bác hỏi nộp hồ sơ khai sinh cho cháu nội trên mạng thế nào",
			"có người gọi xưng công an bảo cài ứng dụng để cập nhật căn cước, có thật không",
			"chuyển nhầm 2tr sang tk người lạ giờ sao lấy lại", "giá vàng hôm nay bao nhiêu",
			"alo", "mẹ em muốn học sử dụng zalo");

	private final VietnameseNormalizer normalizer = new VietnameseNormalizer();

	private TopicModel model;

	private int next;

	@Setup
	public void train() {
		this.model = new ModelTrainer(Library.APP_DEFAULTS).train(Library.examples(this.normalizer), 1);
	}

	@Benchmark
	public Prediction normalizeAndClassify() {
		String question = QUESTIONS.get(this.next++ % QUESTIONS.size());
		NormalizedText text = this.normalizer.normalize(question);
		return this.model.predict(text);
	}

	@Benchmark
	public NormalizedText normalizeOnly() {
		return this.normalizer.normalize(QUESTIONS.get(this.next++ % QUESTIONS.size()));
	}

}

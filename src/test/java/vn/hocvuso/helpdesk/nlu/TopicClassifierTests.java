package vn.hocvuso.helpdesk.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import vn.hocvuso.helpdesk.nlu.model.Features;
import vn.hocvuso.helpdesk.nlu.model.LabeledExample;
import vn.hocvuso.helpdesk.nlu.model.ModelTrainer;
import vn.hocvuso.helpdesk.nlu.model.Prediction;
import vn.hocvuso.helpdesk.nlu.model.TopicModel;
import vn.hocvuso.helpdesk.text.NormalizedText;
import vn.hocvuso.helpdesk.text.VietnameseNormalizer;

import static org.assertj.core.api.Assertions.assertThat;

class TopicClassifierTests {

	private final VietnameseNormalizer normalizer = new VietnameseNormalizer();

	private final ModelTrainer trainer = new ModelTrainer(
			new ModelTrainer.TrainingSettings("MAXENT", 1, 50, Features.parse("accented,bigrams,chars3")));

	@Test
	void everyAnswerComesFromOneModelOrTheOtherWhileModelsAreSwapped() throws Exception {
		TopicModel first = this.trainer.train(examples("cài vneid", "quên mật khẩu"), 1);
		TopicModel second = this.trainer.train(examples("cài ứng dụng", "mất mật khẩu"), 2);
		TopicClassifier classifier = new TopicClassifier(first, 100);
		List<NormalizedText> questions = List.of(text("cài vneid ở đâu"), text("quên mật khẩu rồi"),
				text("mất mật khẩu"), text("cai ung dung"));
		Set<Long> seenVersions = ConcurrentHashMap.newKeySet();
		AtomicBoolean running = new AtomicBoolean(true);
		CountDownLatch started = new CountDownLatch(4);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		List<Future<Integer>> readers = new ArrayList<>();
		for (int t = 0; t < 4; t++) {
			readers.add(pool.submit(() -> {
				started.countDown();
				int count = 0;
				while (running.get()) {
					Prediction prediction = classifier.classify(questions.get(count % questions.size()));
					assertThat(prediction.modelVersion()).isIn(1L, 2L);
					seenVersions.add(prediction.modelVersion());
					count++;
				}
				return count;
			}));
		}
		started.await();
		for (int swap = 0; swap < 200; swap++) {
			classifier.swap((swap % 2 == 0) ? second : first);
			Thread.sleep(1);
		}
		running.set(false);
		pool.shutdown();
		assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
		for (Future<Integer> reader : readers) {
			assertThat(reader.get()).isPositive();
		}
		assertThat(seenVersions).containsExactlyInAnyOrder(1L, 2L);
	}

	@Test
	void swappingClearsTheCachedPredictions() {
		TopicModel first = this.trainer.train(examples("cài vneid", "quên mật khẩu"), 1);
		TopicModel second = this.trainer.train(examples("cài ứng dụng", "mất mật khẩu"), 2);
		TopicClassifier classifier = new TopicClassifier(first, 100);
		NormalizedText question = text("cài vneid ở đâu");
		assertThat(classifier.classify(question).modelVersion()).isEqualTo(1);
		classifier.swap(second);
		assertThat(classifier.classify(question).modelVersion()).isEqualTo(2);
		assertThat(classifier.modelVersion()).isEqualTo(2);
	}

	private List<LabeledExample> examples(String install, String login) {
		List<LabeledExample> examples = new ArrayList<>();
		for (String suffix : List.of("", " ở đâu", " thế nào", " giúp tôi", " được không")) {
			examples.add(new LabeledExample("install", text(install + suffix)));
			examples.add(new LabeledExample("login", text(login + suffix)));
		}
		return examples;
	}

	private NormalizedText text(String text) {
		return this.normalizer.normalize(text);
	}

}

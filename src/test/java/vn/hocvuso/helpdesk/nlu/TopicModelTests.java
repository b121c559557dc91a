package vn.hocvuso.helpdesk.nlu;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.hocvuso.helpdesk.knowledge.Article;
import vn.hocvuso.helpdesk.knowledge.ArticleParser;
import vn.hocvuso.helpdesk.nlu.model.Features;
import vn.hocvuso.helpdesk.nlu.model.LabeledExample;
import vn.hocvuso.helpdesk.nlu.model.ModelTrainer;
import vn.hocvuso.helpdesk.nlu.model.Prediction;
import vn.hocvuso.helpdesk.nlu.model.TopicModel;
import vn.hocvuso.helpdesk.nlu.model.TopicScore;
import vn.hocvuso.helpdesk.text.NormalizedText;
import vn.hocvuso.helpdesk.text.VietnameseNormalizer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The model trained on the repository's library, fed messages of any length: every
 * confidence is a number between 0 and 1 (a message of a few thousand syllables used to
 * make the model's arithmetic overflow into NaN), and a long message is read on its last
 * eighty syllables.
 */
class TopicModelTests {

	private static final VietnameseNormalizer normalizer = new VietnameseNormalizer();

	private static TopicModel model;

	@BeforeContainer
	static void train() throws IOException {
		model = trained();
	}

	@ParameterizedTest(name = "{0} times")
	@ValueSource(ints = { 1, 50, 200, 500, 2_000 })
	void aQuestionRepeatedAnyNumberOfTimesKeepsItsTopic(int times) throws IOException {
		if (model == null) {
			model = trained();
		}
		Prediction prediction = predict("tôi bị lừa chuyển tiền mất rồi giờ phải làm sao ".repeat(times));
		assertThat(prediction.top().topic()).isEqualTo("scam.victim");
	}

	@Property(tries = 30)
	void aLongMessageIsReadOnItsLastEightySyllables(@ForAll("longMessages") String text) {
		NormalizedText whole = normalizer.normalize(text);
		int size = whole.tokens().size();
		NormalizedText last = (size <= 80) ? whole : new NormalizedText(whole.tokens().subList(size - 80, size),
				whole.strippedTokens().subList(size - 80, size));
		assertThat(predict(text).ranked()).isEqualTo(model.predict(last).ranked());
	}

	@Property(tries = 30)
	void everyConfidenceIsBetweenZeroAndOne(@ForAll("longMessages") String text) {
		assertThat(predict(text).ranked()).allSatisfy((score) -> assertThat(score.confidence()).isBetween(0.0, 1.0));
	}

	@Provide
	Arbitrary<String> longMessages() {
		Arbitrary<String> words = Arbitraries.of("lừa", "đảo", "cài", "vneid", "mật", "khẩu", "chuyển", "tiền", "otp",
				"sao", "ạ", "a", "cccd", "dịch", "vụ", "công", "123", "ok");
		return words.list().ofMinSize(1).ofMaxSize(20_000).map((list) -> String.join(" ", list));
	}

	private static Prediction predict(String text) {
		Prediction prediction = model.predict(normalizer.normalize(text));
		assertThat(prediction.ranked()).extracting(TopicScore::confidence).allMatch(Double::isFinite);
		return prediction;
	}

	private static TopicModel trained() throws IOException {
		List<LabeledExample> examples = new ArrayList<>();
		ArticleParser parser = new ArticleParser();
		try (Stream<Path> files = Files.list(Path.of("knowledge-base"))) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".md")).sorted().toList()) {
				Article article = parser.parse(file.getFileName().toString(), Files.readString(file));
				article.examples()
					.forEach((text) -> examples.add(new LabeledExample(article.id(), normalizer.normalize(text))));
			}
		}
		return new ModelTrainer(new ModelTrainer.TrainingSettings(ModelTrainer.SOFTMAX, 1, 10,
				Features.parse("accented,bigrams,chars3")))
			.train(examples, 1);
	}

}

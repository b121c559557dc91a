package vn.hocvuso.helpdesk.nlu.model;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.hocvuso.helpdesk.text.VietnameseNormalizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The app's own trainer of OpenNLP's maxent model: it learns what its examples teach,
 * gives the same model for the same examples, and its model is an ordinary OpenNLP one
 * that is saved and read back unchanged.
 */
class SoftmaxTrainerTests {

	private static final VietnameseNormalizer normalizer = new VietnameseNormalizer();

	private final ModelTrainer trainer = new ModelTrainer(
			new ModelTrainer.TrainingSettings(ModelTrainer.SOFTMAX, 1, 10, Features.parse("accented,bigrams,chars3")));

	@Test
	void learnsWhatItsExamplesTeach() {
		TopicModel model = this.trainer.train(examples(), 1);
		assertThat(predict(model, "bác muốn cài vneid trên điện thoại").top().topic()).isEqualTo("vneid.install");
		assertThat(predict(model, "quét mã qr để trả tiền chợ").top().topic()).isEqualTo("payment.qr");
		assertThat(predict(model, "giá vàng hôm nay thế nào").top().topic()).isEqualTo("out-of-scope");
		assertThat(predict(model, "cai vneid o dau").top().confidence()).isGreaterThan(0.5);
	}

	@Test
	void theSameExamplesAlwaysGiveTheSameModel() {
		TopicModel first = this.trainer.train(examples(), 1);
		TopicModel second = this.trainer.train(examples(), 1);
		for (String text : List.of("cai vneid o dau", "quét mã", "thời tiết", "mã qr vneid giá vàng")) {
			assertThat(predict(second, text).ranked()).isEqualTo(predict(first, text).ranked());
		}
	}

	@Test
	void aSavedModelIsReadBackUnchanged() {
		TopicModel model = this.trainer.train(examples(), 7);
		TopicModel read = TopicModel.read(model.serialized(), this.trainer.features(), 7);
		for (String text : List.of("cai vneid o dau", "quét mã", "thời tiết", "")) {
			assertThat(predict(read, text).ranked()).isEqualTo(predict(model, text).ranked());
		}
	}

	@Test
	void whatItWasNeverTaughtLeavesItUnsure() {
		TopicModel model = this.trainer.train(examples(), 1);
		Prediction unknown = predict(model, "wfjwq qjxvw");
		assertThat(unknown.top().confidence()).isCloseTo(1.0 / 3, within(1e-6));
	}

	@Test
	void featuresSeenFewerTimesThanTheCutoffAreIgnored() {
		ModelTrainer strict = new ModelTrainer(new ModelTrainer.TrainingSettings(ModelTrainer.SOFTMAX, 2, 10,
				Features.parse("accented,bigrams,chars3")));
		List<LabeledExample> examples = new ArrayList<>(examples());
		examples.add(new LabeledExample("payment.qr", normalizer.normalize("độcnhất")));
		TopicModel model = strict.train(examples, 1);
		assertThat(predict(model, "độcnhất").top().confidence()).isCloseTo(1.0 / 3, within(1e-6));
	}

	private static Prediction predict(TopicModel model, String text) {
		return model.predict(normalizer.normalize(text));
	}

	private static List<LabeledExample> examples() {
		List<LabeledExample> examples = new ArrayList<>();
		for (String text : List.of("cài vneid ở đâu", "tải ứng dụng vneid", "cai vneid tren dien thoai",
				"bác muốn cài VNeID", "vneid tải trên ch play")) {
			examples.add(new LabeledExample("vneid.install", normalizer.normalize(text)));
		}
		for (String text : List.of("quét mã qr trả tiền", "trả tiền bằng mã qr", "quet ma qr chuyen tien",
				"mã qr ở chợ", "thanh toán qr")) {
			examples.add(new LabeledExample("payment.qr", normalizer.normalize(text)));
		}
		for (String text : List.of("giá vàng hôm nay", "thời tiết ngày mai", "gia xang tang", "giá rau ở chợ",
				"hôm nay có mưa không")) {
			examples.add(new LabeledExample("out-of-scope", normalizer.normalize(text)));
		}
		return examples;
	}

}

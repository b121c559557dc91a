package vn.hocvuso.helpdesk.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.hocvuso.helpdesk.knowledge.Article;
import vn.hocvuso.helpdesk.knowledge.ArticleParser;
import vn.hocvuso.helpdesk.knowledge.Library;
import vn.hocvuso.helpdesk.nlu.model.Features;
import vn.hocvuso.helpdesk.nlu.model.LabeledExample;
import vn.hocvuso.helpdesk.nlu.model.ModelTrainer;
import vn.hocvuso.helpdesk.nlu.model.TopicModel;
import vn.hocvuso.helpdesk.nlu.model.TopicScore;
import vn.hocvuso.helpdesk.text.VietnameseNormalizer;

import static org.assertj.core.api.Assertions.assertThat;

/** Ambassadors' replies against the repository's library and a model trained on it. */
class ReplyTopicsTests {

	static final VietnameseNormalizer normalizer = new VietnameseNormalizer();

	static ReplyTopics topics;

	static TopicModel model;

	@BeforeAll
	static void readLibrary() throws IOException {
		ArticleParser parser = new ArticleParser();
		List<Article> articles = new ArrayList<>();
		try (Stream<Path> files = Files.list(Path.of("knowledge-base"))) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".md")).sorted().toList()) {
				articles.add(parser.parse(file.getFileName().toString(), Files.readString(file)));
			}
		}
		List<LabeledExample> examples = new ArrayList<>();
		articles.forEach((article) -> article.examples()
			.forEach((text) -> examples.add(new LabeledExample(article.id(), normalizer.normalize(text)))));
		model = new ModelTrainer(
				new ModelTrainer.TrainingSettings("MAXENT", 1, 100, Features.parse("accented,bigrams,chars3")))
			.train(examples, 1);
		topics = ReplyTopics.of(Library.of(1, articles), normalizer);
	}

	@ParameterizedTest(name = "{1} ← {0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					Dạ bác vào CH Play gõ VNeID, chọn đúng ứng dụng của Bộ Công an rồi bấm Cài đặt ạ | vneid.install
					bac mo vneid, bam quen mat khau, nhap so cccd va sdt roi cho ma otp la dat lai dc a | vneid.login
					Cháu đã gọi điện hướng dẫn bác đổi số điện thoại trên VNeID rồi ạ | vneid.change-phone
					Dạ bác vào mục tra cứu hồ sơ trên Cổng dịch vụ công, nhập mã hồ sơ trên giấy biên nhận là xem được đến đâu rồi ạ | dvc.status
					""")
	void findsTheTopicOfAPlainReply(String reply, String topic) {
		List<TopicScore> ranked = rank(reply);
		assertThat(ranked.get(0).topic()).isEqualTo(topic);
		assertThat(ranked.get(0).confidence()).isGreaterThan(0.15);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Chào bác, cháu gọi bác sau 5 phút nhé.
			da chau goi lai cho bac roi a
			Cháu không rõ giá vàng ạ, bác xem trên báo nhé
			""")
	void aReplyAboutNoGuideResemblesNoneEnough(String reply) {
		assertThat(rank(reply).get(0).confidence()).isLessThan(0.15);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Dạ bác vào CH Play gõ VNeID rồi bấm Cài đặt ạ
			""")
	void neverSuggestsASystemIntent(String reply) {
		assertThat(rank(reply)).extracting(TopicScore::topic)
			.doesNotContain("system.greeting", "system.human", "out-of-scope");
	}

	private static List<TopicScore> rank(String reply) {
		return topics.rank(reply, model.predict(normalizer.normalize(reply)));
	}

}

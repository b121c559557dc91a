package vn.hocvuso.helpdesk.nlu;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;

import vn.hocvuso.helpdesk.HelpdeskIntegrationTest;
import vn.hocvuso.helpdesk.knowledge.Article;
import vn.hocvuso.helpdesk.knowledge.Library;
import vn.hocvuso.helpdesk.knowledge.store.KnowledgeBase;
import vn.hocvuso.helpdesk.nlu.model.TopicModel;
import vn.hocvuso.helpdesk.text.NormalizedText;
import vn.hocvuso.helpdesk.text.VietnameseNormalizer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A live library's model is saved in the store and loaded by the next start instead of
 * trained again; a damaged saved model only costs a training.
 */
@HelpdeskIntegrationTest
class SavedModelStoreIntegrationTests {

	private static final Duration LIMIT = Duration.ofMinutes(1);

	@Autowired
	LibraryModels models;

	@Autowired
	KnowledgeBase knowledgeBase;

	@Autowired
	VietnameseNormalizer normalizer;

	@Autowired
	MongoDatabase database;

	@Test
	void theSavedModelAnswersAsTheTrainedOneAndCarriesTheNewVersion() {
		List<Object> before = ids();
		Library library = withExtraExample(this.knowledgeBase.current(), "cài vneid trên máy mới thế nào hả cháu");
		TopicModel trained = this.models.train(library, (percent) -> {
		}).block(LIMIT);
		this.models.live(library, (percent) -> {
		}).block(LIMIT);
		assertThat(savedSince(before)).as("the live model was saved").isNotNull();
		List<Object> saved = ids();

		Library republished = new Library(library.version() + 7, library.articles());
		TopicModel loaded = this.models.live(republished, (percent) -> {
		}).block(LIMIT);

		assertThat(loaded.version()).isEqualTo(republished.version());
		assertThat(ids()).as("loaded, not trained and saved again").containsExactlyInAnyOrderElementsOf(saved);
		for (String question : List.of("quên mật khẩu vneid", "bị lừa chuyển tiền rồi", "quét mã qr thanh toán",
				"thời tiết hôm nay")) {
			NormalizedText text = this.normalizer.normalize(question);
			assertThat(loaded.predict(text).ranked()).isEqualTo(trained.predict(text).ranked());
		}
	}

	@Test
	void aDamagedSavedModelIsTrainedAgainAndReplaced() {
		List<Object> before = ids();
		Library library = withExtraExample(this.knowledgeBase.current(), "đăng nhập cổng dịch vụ công bằng gì vậy");
		this.models.live(library, (percent) -> {
		}).block(LIMIT);
		String fingerprint = savedSince(before);
		Mono.from(this.database.getCollection("nlu_models")
			.updateOne(Filters.eq("_id", fingerprint), Updates.set("model", new Binary(new byte[] { 1, 2, 3 }))))
			.block(LIMIT);

		TopicModel model = this.models.live(library, (percent) -> {
		}).block(LIMIT);

		assertThat(model.predict(this.normalizer.normalize("quên mật khẩu vneid")).top().topic()).startsWith("vneid.");
		Document saved = Mono
			.from(this.database.getCollection("nlu_models").find(Filters.eq("_id", fingerprint)).first())
			.block(LIMIT);
		assertThat(saved.get("model", Binary.class).getData().length).isGreaterThan(3);
	}

	@Test
	void keepsOnlyTheNewestModels() {
		for (int i = 0; i < SavedModelStore.KEPT + 1; i++) {
			this.models.live(withExtraExample(this.knowledgeBase.current(), "câu hỏi thử số " + "abcdefg".charAt(i)),
					(percent) -> {
					})
				.block(LIMIT);
		}
		assertThat(ids()).hasSize(SavedModelStore.KEPT);
	}

	private static Library withExtraExample(Library library, String example) {
		List<Article> articles = new ArrayList<>(library.articles().values());
		Article first = articles.get(0);
		List<String> examples = new ArrayList<>(first.examples());
		examples.add(example);
		articles.set(0, first.withExamples(examples));
		return Library.of(library.version(), articles);
	}

	private List<Object> ids() {
		return Flux.from(this.database.getCollection("nlu_models").find())
			.map((document) -> document.get("_id"))
			.collectList()
			.block(LIMIT);
	}

	/** The one model saved since these ids were there. */
	private String savedSince(List<Object> before) {
		List<Object> now = new ArrayList<>(ids());
		now.removeAll(before);
		return now.isEmpty() ? null : (String) now.get(now.size() - 1);
	}

}

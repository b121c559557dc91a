package vn.hocvuso.helpdesk.knowledge.store;

import java.util.List;

import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import vn.hocvuso.helpdesk.knowledge.Article;

/** The published articles in the {@code articles} collection, one document per topic. */
class ArticleRepository {

	private final MongoCollection<Document> articles;

	ArticleRepository(MongoDatabase database) {
		this.articles = database.getCollection("articles");
	}

	Mono<Long> count() {
		return Mono.from(this.articles.countDocuments());
	}

	/**
	 * All stored articles as documents; mapping is left to the caller so one bad one can
	 * be skipped.
	 */
	Flux<Document> findAll() {
		return Flux.from(this.articles.find());
	}

	Mono<Void> saveAll(List<Article> articles) {
		return Flux.fromIterable(articles)
			.concatMap((article) -> this.articles.replaceOne(new Document("_id", article.id()),
					ArticleDocuments.toDocument(article), new ReplaceOptions().upsert(true)))
			.then();
	}

}

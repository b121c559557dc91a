package vn.hocvuso.helpdesk.knowledge.store;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.Document;
import org.bson.types.ObjectId;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import vn.hocvuso.helpdesk.knowledge.Article;

/**
 * Articles being edited, one document per topic in {@code library_drafts}. The live bot
 * never reads them; the draft library is the live one with these articles in place.
 */
public class DraftStore {

	private final MongoCollection<Document> drafts;

	DraftStore(MongoDatabase database) {
		this.drafts = database.getCollection("library_drafts");
	}

	public Flux<Draft> findAll() {
		return Flux.from(this.drafts.find()).map(DraftStore::fromDocument);
	}

	public Mono<Draft> find(String articleId) {
		return Mono.from(this.drafts.find(Filters.eq("_id", articleId)).first()).map(DraftStore::fromDocument);
	}

	public Mono<Draft> save(Article article, String by, Instant at) {
		Draft draft = new Draft(article, by, at, new ObjectId().toHexString());
		return Mono
			.from(this.drafts.replaceOne(Filters.eq("_id", article.id()), toDocument(draft),
					new ReplaceOptions().upsert(true)))
			.thenReturn(draft);
	}

	/**
	 * @return whether there was a draft to discard
	 */
	public Mono<Boolean> discard(String articleId) {
		return Mono.from(this.drafts.deleteOne(Filters.eq("_id", articleId)))
			.map((result) -> result.getDeletedCount() > 0);
	}

	/** Removes these drafts, unless one was saved again since. */
	public Mono<Void> removePublished(List<Draft> published) {
		return Flux.fromIterable(published)
			.concatMap((draft) -> this.drafts.deleteOne(
					Filters.and(Filters.eq("_id", draft.article().id()), Filters.eq("revision", draft.revision()))))
			.then();
	}

	private static Document toDocument(Draft draft) {
		return new Document("_id", draft.article().id()).append("article", ArticleDocuments.toDocument(draft.article()))
			.append("updatedBy", draft.updatedBy())
			.append("updatedAt", Date.from(draft.updatedAt()))
			.append("revision", draft.revision());
	}

	private static Draft fromDocument(Document document) {
		return new Draft(ArticleDocuments.fromDocument(document.get("article", Document.class)),
				document.getString("updatedBy"), document.getDate("updatedAt").toInstant(),
				document.getString("revision"));
	}

}

package vn.hocvuso.helpdesk.knowledge.store;

import java.time.LocalDate;
import java.util.List;

import org.bson.Document;

import vn.hocvuso.helpdesk.knowledge.Article;

/** Maps articles to and from their MongoDB documents. */
final class ArticleDocuments {

	private ArticleDocuments() {
	}

	static Document toDocument(Article article) {
		List<Document> sources = article.sources()
			.stream()
			.map((source) -> new Document("title", source.title()).append("url", source.url()))
			.toList();
		return new Document("_id", article.id()).append("title", article.title())
			.append("tags", article.tags())
			.append("version", article.version())
			.append("reviewed", article.reviewed().toString())
			.append("urgency", article.urgency().name())
			.append("sources", sources)
			.append("shortAnswer", article.shortAnswer())
			.append("guide", article.guide())
			.append("examples", article.examples());
	}

	static Article fromDocument(Document document) {
		List<Article.Source> sources = document.getList("sources", Document.class, List.of())
			.stream()
			.map((source) -> new Article.Source(source.getString("title"), source.getString("url")))
			.toList();
		return new Article(document.getString("_id"), document.getString("title"),
				document.getList("tags", String.class, List.of()), document.getInteger("version", 1),
				LocalDate.parse(document.getString("reviewed")), Article.Urgency.valueOf(document.getString("urgency")),
				sources, document.getString("shortAnswer"), document.getString("guide"),
				document.getList("examples", String.class, List.of()));
	}

}

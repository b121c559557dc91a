package vn.hocvuso.helpdesk.store;

import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.reactivestreams.client.MongoCollection;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reads many documents (cases, tickets) in id order, {@link #SIZE} at a time, each page
 * starting after the last id of the one before: the embedded store then holds one page in
 * memory at once, where a single query would gather every match before sending the first
 * (a month of a million cases starved a 512 MB heap), and no read lasts long (a read of
 * 200,000 tickets at once met H2's "Chunk not found", ADR 1).
 */
public final class IdPages {

	public static final int SIZE = 1_000;

	private final MongoCollection<Document> collection;

	public IdPages(MongoCollection<Document> collection) {
		this.collection = collection;
	}

	/**
	 * The documents that match every filter, in id order.
	 * @param firstPage a further filter for the first page only, such as where to start
	 */
	public Flux<Document> inIdOrder(List<Bson> filters, @Nullable Bson firstPage) {
		return page(filters, firstPage)
			.expand((page) -> (page.size() < SIZE) ? Mono.empty()
					: page(filters, Filters.gt("_id", page.get(page.size() - 1).getString("_id"))))
			// One page at a time: by default the pages read ahead of a slow reader
			// (one that writes for each page) up to 256 pages, a whole collection.
			.flatMapIterable((page) -> page, 1);
	}

	private Mono<List<Document>> page(List<Bson> filters, @Nullable Bson after) {
		List<Bson> all = new ArrayList<>(filters);
		if (after != null) {
			all.add(after);
		}
		Bson filter = all.isEmpty() ? new Document() : Filters.and(all);
		return Flux.from(this.collection.find(filter).sort(Sorts.ascending("_id")).limit(SIZE)).collectList();
	}

}

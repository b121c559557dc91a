package vn.hocvuso.helpdesk.cases;

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
 * Reads many cases in id order, {@link #SIZE} at a time, each page starting after the
 * last id of the one before: the embedded store then holds one page in memory at once,
 * where a single query would gather every match before sending the first (a month of a
 * million cases starved a 512 MB heap).
 */
final class CasePageStore {

	static final int SIZE = 1_000;

	private final MongoCollection<Document> cases;

	CasePageStore(MongoCollection<Document> cases) {
		this.cases = cases;
	}

	/**
	 * The cases that match every filter, in id order.
	 * @param firstPage a further filter for the first page only, such as where to start
	 */
	Flux<SupportCase> inIdOrder(List<Bson> filters, @Nullable Bson firstPage) {
		return page(filters, firstPage)
			.expand((page) -> (page.size() < SIZE) ? Mono.empty()
					: page(filters, Filters.gt("_id", page.get(page.size() - 1).getString("_id"))))
			.flatMapIterable((page) -> page)
			.map(CaseDocuments::fromDocument);
	}

	private Mono<List<Document>> page(List<Bson> filters, @Nullable Bson after) {
		List<Bson> all = new ArrayList<>(filters);
		if (after != null) {
			all.add(after);
		}
		Bson filter = all.isEmpty() ? new Document() : Filters.and(all);
		return Flux.from(this.cases.find(filter).sort(Sorts.ascending("_id")).limit(SIZE)).collectList();
	}

}

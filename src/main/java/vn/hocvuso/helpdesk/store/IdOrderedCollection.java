package vn.hocvuso.helpdesk.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;
import org.jspecify.annotations.Nullable;

/**
 * A collection of the embedded store that answers a query sorted on {@code _id}, or
 * bounded by a string {@code _id} range, by walking the file's own key order: the newest
 * 50 cases read about 50 documents, and a month's cases only that month's, instead of
 * every document read and sorted in memory. A list of ids ({@code $in}) is read key by
 * key, even with other conditions (mongo-java-server's own {@code _id} index takes a list
 * only when it is the whole query). The whole query is still matched on each document, so
 * the range or list only narrows what is read. Anything else goes the usual way.
 */
final class IdOrderedCollection extends H2Collection {

	private static final String ID = "_id";

	private final MVMap<Object, Document> documents;

	IdOrderedCollection(MongoDatabase database, String name, CollectionOptions options,
			MVMap<Object, Document> documents, MVMap<String, Object> sizes, CursorRegistry cursors) {
		super(database, name, options, documents, sizes, cursors);
		this.documents = documents;
	}

	/**
	 * A query on {@code _id} alone (one id, a list or a range) is read by the file's own
	 * keys, not by mongo-java-server's {@code _id} index: that index's keys are not
	 * {@code Comparable}, so H2 compares them by serializing both, a dozen times per id
	 * read (BENCHMARKS.md, a month's CSV). Updates and deletes by id find their document
	 * the same way.
	 */
	@Override
	protected QueryResult queryDocuments(Document query, Document orderBy, int skip, int limit, int batchSize,
			Document fields) {
		boolean natural = orderBy != null && orderBy.containsKey("$natural");
		if (!natural && keysAreStrings() && (listedIds(query) != null || IdRange.of(query).bounded())) {
			return matchDocuments(query, orderBy, skip, limit, batchSize, fields);
		}
		return super.queryDocuments(query, orderBy, skip, limit, batchSize, fields);
	}

	@Override
	protected QueryResult matchDocuments(Document query, Document orderBy, int skip, int limit, int batchSize,
			Document fields) {
		int direction = idDirection(orderBy);
		boolean natural = orderBy != null && orderBy.containsKey("$natural");
		if (natural || !keysAreStrings()) {
			return super.matchDocuments(query, orderBy, skip, limit, batchSize, fields);
		}
		Iterator<Document> read;
		NavigableSet<String> listed = listedIds(query);
		if (listed != null) {
			read = ((direction < 0) ? listed.descendingSet() : listed).stream()
				.map(this.documents::get)
				.filter(Objects::nonNull)
				.iterator();
		}
		else {
			IdRange range = IdRange.of(query);
			if (direction == 0 && !range.bounded()) {
				return super.matchDocuments(query, orderBy, skip, limit, batchSize, fields);
			}
			read = new Values((direction < 0) ? this.documents.cursor(range.upper(), range.lower(), true)
					: this.documents.cursor(range.lower(), range.upper(), false));
		}
		Stream<Document> inOrder = StreamSupport.stream(Spliterators.spliteratorUnknownSize(read, Spliterator.ORDERED),
				false);
		return matchDocumentsFromStream(inOrder, query, (direction != 0) ? null : orderBy, skip, limit, batchSize,
				fields);
	}

	/**
	 * The ids of an {@code _id: {$in: [...]}} of strings, sorted: each is read by its
	 * key.
	 */
	private static @Nullable NavigableSet<String> listedIds(Document query) {
		for (Object condition : idConditions(query)) {
			if (condition instanceof Document operators && operators.size() == 1
					&& operators.get("$in") instanceof Collection<?> values
					&& values.stream().allMatch(String.class::isInstance)) {
				return values.stream().map(String.class::cast).collect(Collectors.toCollection(TreeSet::new));
			}
		}
		return null;
	}

	/**
	 * The conditions a query puts on {@code _id}: at its top level or in an {@code $and},
	 * however deep, since all of them must hold.
	 */
	private static List<Object> idConditions(Document query) {
		List<Object> conditions = new ArrayList<>();
		if (query.get(ID) != null) {
			conditions.add(query.get(ID));
		}
		if (query.get("$and") instanceof List<?> parts) {
			for (Object part : parts) {
				if (part instanceof Document document) {
					conditions.addAll(idConditions(document));
				}
			}
		}
		return conditions;
	}

	/** The documents a cursor walks, read with their keys (no second lookup by key). */
	private record Values(Cursor<Object, Document> cursor) implements Iterator<Document> {

		@Override
		public boolean hasNext() {
			return this.cursor.hasNext();
		}

		@Override
		public Document next() {
			this.cursor.next();
			return this.cursor.getValue();
		}

	}

	/**
	 * H2 orders keys by type first: when the first and last keys are strings, every key
	 * is, and string order is MongoDB's order.
	 */
	private boolean keysAreStrings() {
		return this.documents.isEmpty()
				|| (this.documents.firstKey() instanceof String && this.documents.lastKey() instanceof String);
	}

	/** 1 or -1 when the query is sorted on {@code _id} alone, else 0. */
	private static int idDirection(@Nullable Document orderBy) {
		if (orderBy == null || orderBy.size() != 1 || !(orderBy.get(ID) instanceof Number number)) {
			return 0;
		}
		return (number.intValue() < 0) ? -1 : 1;
	}

	/** The string bounds a query puts on {@code _id}. */
	record IdRange(@Nullable String lower, @Nullable String upper) {

		static final IdRange ALL = new IdRange(null, null);

		boolean bounded() {
			return this.lower != null || this.upper != null;
		}

		static IdRange of(Document query) {
			IdRange range = ALL;
			for (Object condition : idConditions(query)) {
				range = range.narrowedBy(condition);
			}
			return range;
		}

		private IdRange narrowedBy(@Nullable Object condition) {
			if (condition instanceof String value) {
				return new IdRange(max(this.lower, value), min(this.upper, value));
			}
			if (!(condition instanceof Document operators)) {
				return this;
			}
			IdRange range = this;
			for (String operator : List.of("$gt", "$gte")) {
				if (operators.get(operator) instanceof String value) {
					range = new IdRange(max(range.lower, value), range.upper);
				}
			}
			for (String operator : List.of("$lt", "$lte")) {
				if (operators.get(operator) instanceof String value) {
					range = new IdRange(range.lower, min(range.upper, value));
				}
			}
			return range;
		}

		private static String max(@Nullable String current, String value) {
			return (current == null || value.compareTo(current) > 0) ? value : current;
		}

		private static String min(@Nullable String current, String value) {
			return (current == null || value.compareTo(current) < 0) ? value : current;
		}

	}

}

package vn.hocvuso.helpdesk.tickets;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.Document;
import org.bson.conversions.Bson;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import vn.hocvuso.helpdesk.store.IdPages;
import vn.hocvuso.helpdesk.store.ResidentListStore;

/**
 * Which tickets were resolved when, in the {@code resolved_tickets} collection: one entry
 * per resolve, whose id is the time (milliseconds, 13 digits) then the ticket's id, so
 * the embedded store reads the newest, or those before a day, in the order of its file
 * (ADR 1). The console's resolved list ({@link #newest}) and the retention sweep of
 * ticket texts ({@link #eachResolvedBefore}) then read those tickets by id, where a query
 * on {@code resolvedAt} reads every ticket.
 * <p>
 * An entry is written before its ticket is resolved; an entry that matches nothing (the
 * resolve did not happen, or the ticket was reopened since) is skipped by the readers,
 * which check the ticket's state and time. Stores from before the list are listed once
 * ({@link #listAll}); until then the tickets are read by their fields, as before.
 */
final class ResolvedTicketsStore {

	/** The entry saying every resolved ticket is listed; sorts after every time. */
	private static final String ALL_LISTED = ResidentListStore.ALL_LISTED;

	/** The entry saying up to where {@link #eachResolvedBefore} has passed. */
	private static final String PASSED = "passed";

	/**
	 * Sorts just after every digit, so before {@link #ALL_LISTED} and {@link #PASSED}.
	 */
	private static final String AFTER_ALL_TIMES = ":";

	private final MongoCollection<Document> entries;

	private final MongoCollection<Document> tickets;

	private final IdPages pages;

	ResolvedTicketsStore(MongoDatabase database) {
		this.entries = database.getCollection("resolved_tickets");
		this.tickets = database.getCollection("tickets");
		this.pages = new IdPages(this.entries);
	}

	/** The entry of a ticket resolved at a time. */
	static String key(String ticketId, Instant resolvedAt) {
		return String.format("%013d-%s", resolvedAt.toEpochMilli(), ticketId);
	}

	/** Whether the entry is the ticket's resolve, as stored now. */
	static boolean names(String key, Ticket ticket) {
		return isResolved(ticket) && key.equals(key(ticket.id(), ticket.resolvedAt()));
	}

	static boolean isResolved(Ticket ticket) {
		return ticket.state() == TicketState.RESOLVED && ticket.resolvedAt() != null;
	}

	static String ticketId(String key) {
		return key.substring(key.indexOf('-') + 1);
	}

	/** Lists a ticket as resolved at a time; listing it again changes nothing. */
	Mono<Void> add(String ticketId, Instant resolvedAt) {
		return addAll(List.of(key(ticketId, resolvedAt))).then();
	}

	Mono<Void> remove(String ticketId, Instant resolvedAt) {
		return Mono.from(this.entries.deleteOne(Filters.eq("_id", key(ticketId, resolvedAt)))).then();
	}

	Mono<Boolean> allListed() {
		return ResidentListStore.allListed(this.entries);
	}

	/**
	 * The newest resolved tickets that match a filter (who may see them): by the list, or
	 * by the tickets' fields while the store's earlier tickets are not listed yet.
	 */
	Flux<Ticket> newest(Bson filter, int limit) {
		Bson resolved = Filters.and(Filters.eq("state", TicketState.RESOLVED.name()), filter);
		return allListed()
			.flatMapMany((listed) -> listed ? newestFirst(limit).concatMap((page) -> named(page, resolved), 0)
					: Flux.from(this.tickets.find(resolved).sort(Sorts.descending("resolvedAt")).limit(limit))
						.map(TicketDocuments::fromDocument))
			.take(limit);
	}

	/** The tickets that match and that a page of entries names, in its order. */
	private Flux<Ticket> named(List<String> page, Bson filter) {
		List<String> ids = page.stream().map(ResolvedTicketsStore::ticketId).distinct().toList();
		return Flux.from(this.tickets.find(Filters.and(Filters.in("_id", ids), filter)))
			.map(TicketDocuments::fromDocument)
			.collectMap(Ticket::id)
			.flatMapIterable((found) -> page.stream()
				.map((key) -> Optional.ofNullable(found.get(ticketId(key))).filter((ticket) -> names(key, ticket)))
				.flatMap(Optional::stream)
				.toList());
	}

	/**
	 * The entries, newest first, a page at a time: the first of {@code firstPage}
	 * entries, the next ones {@link IdPages#SIZE}.
	 */
	private Flux<List<String>> newestFirst(int firstPage) {
		return page(AFTER_ALL_TIMES, firstPage)
			.expand((page) -> page.isEmpty() ? Mono.empty() : page(page.get(page.size() - 1), IdPages.SIZE))
			.filter((page) -> !page.isEmpty());
	}

	private Mono<List<String>> page(String before, int size) {
		return Flux.from(this.entries.find(Filters.lt("_id", before)).sort(Sorts.descending("_id")).limit(size))
			.map((entry) -> entry.getString("_id"))
			.collectList();
	}

	/**
	 * Passes the tickets resolved before a time, and after the time the last call gave,
	 * to {@code work} a page at a time, oldest first; then records this time. A call that
	 * fails part way begins again where the last one that ended stopped.
	 * @param work what to do with a page of ticket ids; a count
	 * @return the sum of the counts
	 */
	Mono<Long> eachResolvedBefore(Instant time, Function<List<String>, Mono<Long>> work) {
		String end = key("", time);
		return Mono.from(this.entries.find(Filters.eq("_id", PASSED)).first())
			.map((passed) -> passed.getString("before"))
			.defaultIfEmpty("")
			.flatMap((start) -> this.pages.inIdOrder(List.of(Filters.gte("_id", start), Filters.lt("_id", end)), null)
				.map((entry) -> ticketId(entry.getString("_id")))
				.buffer(IdPages.SIZE)
				.concatMap(work)
				.reduce(0L, Long::sum))
			.flatMap((count) -> Mono
				.from(this.entries.updateOne(Filters.eq("_id", PASSED), Updates.set("before", end),
						new UpdateOptions().upsert(true)))
				.thenReturn(count));
	}

	/**
	 * Lists every ticket given (a store's resolved tickets from before the list), then
	 * records that all are listed; does nothing once they are.
	 * @return how many tickets were listed now
	 */
	Mono<Long> listAll(Flux<Ticket> resolved) {
		return ResidentListStore.listOnce(this.entries,
				resolved.map((ticket) -> new Document("_id", key(ticket.id(), ticket.resolvedAt()))));
	}

	Mono<Long> addAll(List<String> keys) {
		return ResidentListStore.insertNew(this.entries, keys.stream().map((key) -> new Document("_id", key)).toList());
	}

}

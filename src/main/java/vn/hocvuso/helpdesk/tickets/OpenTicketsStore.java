package vn.hocvuso.helpdesk.tickets;

import java.util.List;

import com.mongodb.client.model.Filters;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.Document;
import org.bson.conversions.Bson;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import vn.hocvuso.helpdesk.store.ResidentListStore;

/**
 * Which tickets are open, in the {@code open_tickets} collection: one entry per open
 * ticket, whose id is the ticket's. The console's queue and the overdue check then read
 * those tickets by id, where a query on the tickets' state reads every ticket in the
 * embedded store.
 * <p>
 * An entry is written before a ticket opens or reopens and taken away after it is
 * resolved, so the list never misses an open ticket; an entry a crash left behind names a
 * resolved ticket (or none), and every read also asks for an open state. Stores from
 * before the list are listed once ({@link #listAll}); until then the tickets' state alone
 * is read, as before.
 */
final class OpenTicketsStore {

	/** The entry saying every open ticket is listed; ticket ids are hexadecimal. */
	private static final String ALL_LISTED = ResidentListStore.ALL_LISTED;

	private static final Bson OPEN = Filters.ne("state", TicketState.RESOLVED.name());

	private final MongoCollection<Document> entries;

	OpenTicketsStore(MongoDatabase database) {
		this.entries = database.getCollection("open_tickets");
	}

	/** Lists a ticket as open; listing it again changes nothing. */
	Mono<Void> add(String ticketId) {
		return Mono.from(this.entries.insertOne(new Document("_id", ticketId)))
			.then()
			.onErrorResume(TicketStore::isDuplicate, (duplicate) -> Mono.empty());
	}

	Mono<Void> remove(String ticketId) {
		return Mono.from(this.entries.deleteOne(Filters.eq("_id", ticketId))).then();
	}

	/**
	 * A filter for the open tickets: the listed ones that are open, or every open one
	 * while the store's earlier tickets are not listed yet.
	 */
	Mono<Bson> open() {
		return Flux.from(this.entries.find().batchSize(ResidentListStore.BATCH))
			.map((entry) -> entry.getString("_id"))
			.collectList()
			.map((ids) -> !ids.contains(ALL_LISTED) ? OPEN : Filters
				.and(Filters.in("_id", ids.stream().filter((id) -> !id.equals(ALL_LISTED)).toList()), OPEN));
	}

	/**
	 * Lists every ticket given (a store's open tickets from before the list), then
	 * records that all are listed; does nothing once they are.
	 * @return how many tickets were listed now
	 */
	Mono<Long> listAll(Flux<String> openTicketIds) {
		return ResidentListStore.listOnce(this.entries, openTicketIds.map((id) -> new Document("_id", id)));
	}

	Mono<Long> addAll(List<String> ticketIds) {
		return ResidentListStore.insertNew(this.entries,
				ticketIds.stream().map((id) -> new Document("_id", id)).toList());
	}

}

package vn.hocvuso.helpdesk.tickets;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import com.mongodb.client.model.Filters;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.Document;
import org.bson.conversions.Bson;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import vn.hocvuso.helpdesk.store.ResidentListStore;

/**
 * Which ticket each support case opened, in the {@code case_tickets} collection: one
 * entry per ticket, whose id is the case's id, a slash and the ticket's id. The cases of
 * one page of a report (read in id order) then find their tickets in one id range and the
 * tickets by id, where the unique index on the tickets' {@code firstCaseId} costs the
 * embedded store a binary search per case, each step comparing two keys by serializing
 * them (39% of a month's CSV, BENCHMARKS.md).
 * <p>
 * An entry is written before its ticket; one whose ticket was never stored matches
 * nothing, since the reader keeps only tickets that name one of its cases. Stores from
 * before the list are listed once ({@link #listAll}); until then the tickets are found by
 * {@code firstCaseId}, as before.
 */
final class CaseTicketsStore {

	private final MongoCollection<Document> entries;

	CaseTicketsStore(MongoDatabase database) {
		this.entries = database.getCollection("case_tickets");
	}

	/** Lists a ticket under the case that opened it; listing it again changes nothing. */
	Mono<Void> add(Ticket ticket) {
		return addAll(List.of(ticket)).then();
	}

	/** Takes off the list a ticket that was not stored after all. */
	Mono<Void> remove(Ticket ticket) {
		return Mono.from(this.entries.deleteOne(Filters.eq("_id", key(ticket)))).then();
	}

	/**
	 * A filter for the tickets these cases opened, with others perhaps: those the entries
	 * between the first and last case's name, or those naming the cases as the first
	 * while the store's earlier tickets are not listed yet.
	 */
	Mono<Bson> openedBy(Collection<String> caseIds) {
		Set<String> cases = Set.copyOf(caseIds);
		String first = cases.stream().min(String::compareTo).orElseThrow();
		String last = cases.stream().max(String::compareTo).orElseThrow();
		return ResidentListStore.allListed(this.entries)
			.flatMap((listed) -> !listed ? Mono.just(Filters.in("firstCaseId", cases)) : Flux
				.from(this.entries.find(Filters.and(Filters.gte("_id", first + "/"), Filters.lt("_id", last + "0")))
					.batchSize(ResidentListStore.BATCH))
				.map((entry) -> entry.getString("_id"))
				.filter((key) -> cases.contains(key.substring(0, key.lastIndexOf('/'))))
				.map((key) -> key.substring(key.lastIndexOf('/') + 1))
				.collectList()
				.map((ticketIds) -> Filters.in("_id", ticketIds)));
	}

	/**
	 * Lists every ticket given (a store's tickets from before the list), then records
	 * that all are listed; does nothing once they are.
	 * @return how many tickets were listed now
	 */
	Mono<Long> listAll(Flux<Ticket> tickets) {
		return ResidentListStore.listOnce(this.entries, tickets.map((ticket) -> new Document("_id", key(ticket))));
	}

	/** Lists many tickets at once; how many were not listed yet. */
	Mono<Long> addAll(List<Ticket> tickets) {
		return ResidentListStore.insertNew(this.entries,
				tickets.stream().map((ticket) -> new Document("_id", key(ticket))).toList());
	}

	private static String key(Ticket ticket) {
		return ticket.firstCaseId() + "/" + ticket.id();
	}

}

package vn.hocvuso.helpdesk.tickets;

import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.function.BinaryOperator;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoCommandException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.Document;
import org.bson.conversions.Bson;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import vn.hocvuso.helpdesk.store.IdPages;
import vn.hocvuso.helpdesk.store.IndexBuilds;
import vn.hocvuso.helpdesk.store.ResidentListStore;

/**
 * Tickets in the {@code tickets} collection. Every change of state is one atomic
 * {@code findOneAndUpdate} that names the state it expects, so two people acting at once
 * cannot both win, and adds one to its {@code version}; a unique index on
 * {@code activeFor} keeps one open ticket per resident. Every stored change is passed to
 * the {@link TicketListener}s. Each ticket is listed under its resident before it is
 * stored ({@link ResidentListStore}), so a resident's tickets are read by id.
 */
@Component
class TicketStore implements InitializingBean {

	private final MongoCollection<Document> tickets;

	private final ResidentListStore residentTickets;

	private final OpenTicketsStore openTickets;

	private final ResolvedTicketsStore resolvedTickets;

	private final CaseTicketsStore caseTickets;

	private final IdPages pages;

	private final ObjectProvider<TicketListener> listeners;

	TicketStore(MongoDatabase database, ObjectProvider<TicketListener> listeners) {
		this.tickets = database.getCollection("tickets");
		this.residentTickets = residentTickets(database);
		this.openTickets = new OpenTicketsStore(database);
		this.resolvedTickets = new ResolvedTicketsStore(database);
		this.caseTickets = new CaseTicketsStore(database);
		this.pages = new IdPages(this.tickets);
		this.listeners = listeners;
	}

	/** The list of each resident's tickets. */
	static ResidentListStore residentTickets(MongoDatabase database) {
		return new ResidentListStore(database, "resident_tickets", "ticketId");
	}

	/** Declares the indexes at start-up, before the server takes requests. */
	@Override
	public void afterPropertiesSet() {
		IndexBuilds.declare("the tickets", createIndexes());
	}

	private Mono<Void> createIndexes() {
		return Flux.from(this.tickets
			.createIndexes(List.of(new IndexModel(Indexes.ascending("activeFor"), new IndexOptions().unique(true)),
					// Unique, so that even the embedded store finds a case's ticket
					// without a scan.
					new IndexModel(Indexes.ascending("firstCaseId"), new IndexOptions().unique(true)),
					new IndexModel(Indexes.ascending("state", "slaDueAt")),
					new IndexModel(Indexes.ascending("residentId", "resolvedAt")))))
			.then();
	}

	/**
	 * Stores a new ticket, listed under its resident first; empty when the resident
	 * already has an open one.
	 */
	Mono<Ticket> insert(Ticket ticket) {
		return this.residentTickets.add(ticket.residentId(), ticket.id())
			.then(this.caseTickets.add(ticket))
			.then(this.openTickets.add(ticket.id()))
			.then(Mono.from(this.tickets.insertOne(TicketDocuments.toDocument(ticket))))
			.then(notifyListeners(ticket))
			.thenReturn(ticket)
			.onErrorResume(TicketStore::isDuplicate,
					(alreadyOpen) -> this.residentTickets.remove(ticket.residentId(), ticket.id())
						.then(this.caseTickets.remove(ticket))
						.then(this.openTickets.remove(ticket.id()))
						.then(Mono.empty()));
	}

	/** Inserts many tickets at once, listed first, without telling the listeners. */
	Mono<Void> importBatch(List<Ticket> batch) {
		return this.residentTickets.addAll(
				batch.stream().map((ticket) -> new ResidentListStore.Listed(ticket.residentId(), ticket.id())).toList())
			.then(this.caseTickets.addAll(batch))
			.then(this.openTickets
				.addAll(batch.stream().filter((ticket) -> ticket.state().isOpen()).map(Ticket::id).toList()))
			.then(this.resolvedTickets.addAll(batch.stream()
				.filter(ResolvedTicketsStore::isResolved)
				.map((ticket) -> ResolvedTicketsStore.key(ticket.id(), ticket.resolvedAt()))
				.toList()))
			.then(Mono.from(this.tickets.insertMany(batch.stream().map(TicketDocuments::toDocument).toList())))
			.then();
	}

	/**
	 * Lists the tickets stored before tickets were listed so: under their residents, the
	 * cases that opened them, the open ones as open and the resolved ones by time; once
	 * done, does nothing.
	 * @return how many entries were written now
	 */
	Mono<Long> listEarlierTickets() {
		return this.residentTickets
			.listAll(stream(List.of()).map((ticket) -> new ResidentListStore.Listed(ticket.residentId(), ticket.id())))
			.zipWith(this.openTickets
				.listAll(stream(List.of()).filter((ticket) -> ticket.state().isOpen()).map(Ticket::id)), Long::sum)
			.zipWith(this.resolvedTickets.listAll(stream(List.of()).filter(ResolvedTicketsStore::isResolved)),
					Long::sum)
			.zipWith(this.caseTickets.listAll(stream(List.of())), Long::sum);
	}

	Mono<Ticket> find(String id) {
		return Mono.from(this.tickets.find(Filters.eq("_id", id)).first()).map(TicketDocuments::fromDocument);
	}

	/** The resident's open ticket. */
	Mono<Ticket> findOpen(String residentId) {
		return Mono.from(this.tickets.find(Filters.eq("activeFor", residentId)).first())
			.map(TicketDocuments::fromDocument);
	}

	/** The resident's ticket resolved most recently, if after {@code since}. */
	Mono<Ticket> findResolvedSince(String residentId, Instant since) {
		Bson resolved = Filters.and(Filters.eq("state", TicketState.RESOLVED.name()),
				Filters.gte("resolvedAt", Date.from(since)));
		return this.residentTickets.filters(residentId)
			.concatMap((filter) -> this.tickets.find(Filters.and(filter, resolved))
				.sort(Sorts.descending("resolvedAt"))
				.first())
			.map(TicketDocuments::fromDocument)
			.reduce(BinaryOperator
				.maxBy(Comparator.comparing(Ticket::resolvedAt, Comparator.nullsFirst(Comparator.naturalOrder()))));
	}

	/** Every ticket of one resident, in no particular order. */
	Flux<Ticket> ofResident(String residentId) {
		return this.residentTickets.filters(residentId)
			.concatMap((filter) -> this.tickets.find(filter).batchSize(ResidentListStore.BATCH))
			.map(TicketDocuments::fromDocument);
	}

	/** Open tickets the viewer may see: urgent first, then the longest waiting. */
	Flux<Ticket> findOpen(Viewer viewer) {
		return this.openTickets.open()
			.flatMapMany((open) -> this.tickets.find(Filters.and(open, viewer.filter()))
				.sort(Sorts.orderBy(Sorts.descending("urgent"), Sorts.ascending("openedAt"))))
			.map(TicketDocuments::fromDocument);
	}

	/** Resolved tickets the viewer may see, newest first. */
	Flux<Ticket> findResolved(Viewer viewer, int limit) {
		return this.resolvedTickets.newest(viewer.filter(), limit);
	}

	/**
	 * Resolves a ticket in one of the expected states, listed as resolved first; empty
	 * when it is in none of them.
	 * @param update what else changes with it
	 */
	Mono<Ticket> resolve(String id, List<TicketState> expected, Instant at, Bson update) {
		return this.resolvedTickets.add(id, at)
			.then(change(Filters.and(Filters.eq("_id", id), Filters.in("state", names(expected))),
					Updates.combine(Updates.set("state", TicketState.RESOLVED.name()),
							Updates.set("activeFor", TicketDocuments.resolvedKey(id)),
							Updates.set("resolvedAt", Date.from(at)), update)))
			.switchIfEmpty(Mono.defer(() -> this.resolvedTickets.remove(id, at).then(Mono.empty())));
	}

	/** Applies a change when the ticket is in one of the expected states. */
	Mono<Ticket> change(String id, List<TicketState> expected, Bson update) {
		return change(Filters.and(Filters.eq("_id", id), Filters.in("state", names(expected))), update);
	}

	/**
	 * Applies a change that opens a resolved ticket again, listed as open first; empty
	 * when it is no longer resolved.
	 */
	Mono<Ticket> reopen(String id, Bson update) {
		return this.openTickets.add(id)
			.then(change(id, List.of(TicketState.RESOLVED), update))
			.onErrorResume(TicketStore::isDuplicate,
					(anotherOpen) -> this.openTickets.remove(id).then(Mono.error(anotherOpen)));
	}

	/** Applies a change; a ticket it resolves is then no longer listed as open. */
	Mono<Ticket> change(Bson filter, Bson update) {
		return Mono
			.from(this.tickets.findOneAndUpdate(filter, Updates.combine(update, Updates.inc("version", 1)),
					new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER)))
			.map(TicketDocuments::fromDocument)
			.flatMap((changed) -> ((changed.state() == TicketState.RESOLVED) ? this.openTickets.remove(changed.id())
					: Mono.<Void>empty())
				.then(notifyListeners(changed))
				.thenReturn(changed));
	}

	/**
	 * One waiting ticket past its time that nobody claimed, now marked overdue and made
	 * ward-wide.
	 */
	Mono<Ticket> takeOverdue(Instant now) {
		return this.openTickets.open()
			.flatMap((open) -> change(
					Filters.and(open, Filters.eq("state", TicketState.WAITING.name()), Filters.ne("overdue", true),
							Filters.lte("slaDueAt", Date.from(now))),
					Updates.combine(Updates.set("overdue", true), Updates.set("wardWide", true))));
	}

	/**
	 * The tickets that match, in id order, read a page at a time ({@link IdPages}): a
	 * single query of 200,000 tickets lasted long enough to meet H2's "Chunk not found".
	 */
	Flux<Ticket> stream(List<Bson> filters) {
		return this.pages.inIdOrder(filters, null).map(TicketDocuments::fromDocument);
	}

	/**
	 * The tickets these cases opened, found by the list of each case's ticket: a report
	 * asks for a page of cases in id order, whose entries are then one short id range.
	 */
	Flux<Ticket> openedBy(List<String> caseIds) {
		return this.caseTickets.openedBy(caseIds)
			.flatMapMany((filter) -> this.tickets.find(filter).batchSize(ResidentListStore.BATCH))
			.map(TicketDocuments::fromDocument);
	}

	private Mono<Void> notifyListeners(Ticket ticket) {
		return Flux.fromStream(this.listeners.orderedStream()).concatMap((listener) -> listener.changed(ticket)).then();
	}

	/** The states as stored. */
	static List<String> names(List<TicketState> states) {
		return states.stream().map(TicketState::name).toList();
	}

	/**
	 * Whether a write failed on a unique index. A real MongoDB reports it from
	 * {@code findOneAndUpdate} as a command error, not a write error.
	 */
	static boolean isDuplicate(Throwable error) {
		return (error instanceof MongoWriteException write
				&& write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY)
				|| (error instanceof MongoCommandException command
						&& ErrorCategory.fromErrorCode(command.getErrorCode()) == ErrorCategory.DUPLICATE_KEY);
	}

}

package vn.hocvuso.helpdesk.tickets;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.mongodb.client.model.Filters;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/** Reading tickets: a resident's current one, the console's queues, and batches. */
@Service
public class TicketQueries {

	private final TicketStore store;

	TicketQueries(TicketStore store) {
		this.store = store;
	}

	/**
	 * The resident's open ticket, or the one resolved most recently if that was after
	 * {@code resolvedSince} (state {@code RESOLVED}); empty when neither.
	 */
	public Mono<Ticket> current(String residentId, Instant resolvedSince) {
		return this.store.findOpen(residentId)
			.switchIfEmpty(Mono.defer(() -> this.store.findResolvedSince(residentId, resolvedSince)));
	}

	/** The resident's open ticket, if any. */
	public Mono<Ticket> findOpen(String residentId) {
		return this.store.findOpen(residentId);
	}

	public Mono<Ticket> find(String id) {
		return this.store.find(id);
	}

	/** Every ticket, in batches: for rebuilding counters, not for pages. */
	public Flux<Ticket> all() {
		return this.store.stream(List.of());
	}

	/** Every ticket opened before {@code end}, in batches: for drilling down. */
	public Flux<Ticket> openedBefore(Instant end) {
		return this.store.stream(List.of(Filters.lt("openedAt", Date.from(end))));
	}

	/** Every ticket of one resident, for the export of what is kept about them. */
	public Flux<Ticket> ofResident(String residentId) {
		return this.store.ofResident(residentId);
	}

	/** The tickets that these cases opened (a case opens at most one). */
	public Flux<Ticket> openedBy(List<String> caseIds) {
		return caseIds.isEmpty() ? Flux.empty() : this.store.openedBy(caseIds);
	}

	/** Open tickets the viewer may see: urgent first, then the longest waiting. */
	Flux<Ticket> queue(Viewer viewer) {
		return this.store.findOpen(viewer);
	}

	/** Resolved tickets the viewer may see, newest first. */
	Flux<Ticket> resolved(Viewer viewer, int limit) {
		return this.store.findResolved(viewer, limit);
	}

}

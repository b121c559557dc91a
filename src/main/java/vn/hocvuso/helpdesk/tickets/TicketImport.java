package vn.hocvuso.helpdesk.tickets;

import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Bulk loads of tickets, for the store benchmarks ({@code bench-cases}) only: the tickets
 * are stored and listed without telling the listeners, and {@code rebuild-indicators}
 * counts them afterwards.
 */
@Component
public class TicketImport {

	private final TicketStore store;

	TicketImport(TicketStore store) {
		this.store = store;
	}

	public Mono<Void> importBatch(List<Ticket> tickets) {
		return this.store.importBatch(tickets);
	}

}

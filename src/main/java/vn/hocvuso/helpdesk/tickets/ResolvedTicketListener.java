package vn.hocvuso.helpdesk.tickets;

import reactor.core.publisher.Mono;

/**
 * Told when a ticket is resolved, and again when the resident's feedback arrives on a
 * resolved ticket: how other features (the library's suggestions) learn from what people
 * settled without the tickets knowing them. A listener's failure does not undo the
 * change; it is logged.
 */
public interface ResolvedTicketListener {

	Mono<Void> resolved(Ticket ticket);

}

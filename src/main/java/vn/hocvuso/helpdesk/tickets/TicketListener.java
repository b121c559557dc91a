package vn.hocvuso.helpdesk.tickets;

import reactor.core.publisher.Mono;

/**
 * Told about every stored change to a ticket, after the change is written, with the
 * ticket as it is now: how features such as the indicators keep their own counters
 * without reading all tickets. Changes made at once may arrive out of order; the ticket's
 * {@code version} tells which is the latest. A listener's failure does not undo the
 * change; it must handle its own errors.
 */
public interface TicketListener {

	/** A ticket was opened (version 0) or changed. */
	Mono<Void> changed(Ticket ticket);

}

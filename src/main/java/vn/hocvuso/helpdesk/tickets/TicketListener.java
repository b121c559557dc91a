package vn.hocvuso.helpdesk.tickets;

import reactor.core.publisher.Mono;

/**
 * Told what happens to tickets, after it is stored, with the ticket as it is now: how
 * other features keep counters (the indicators), learn from settled questions (the
 * library's suggestions) or follow up a person's action (escalation asks the resident
 * whether it helped) without the tickets knowing them. A listener implements the hooks it
 * needs.
 */
public interface TicketListener {

	/**
	 * Every stored change: a ticket was opened (version 0) or changed. Changes made at
	 * once may arrive out of order; the ticket's {@code version} tells which is the
	 * latest. A failure does not undo the change; the listener must handle its own
	 * errors.
	 */
	default Mono<Void> changed(Ticket ticket) {
		return Mono.empty();
	}

	/** A person marked the ticket resolved. A failure is logged and skipped. */
	default Mono<Void> resolved(Ticket ticket) {
		return Mono.empty();
	}

	/**
	 * The resident's rating of the help arrived while the ticket is still resolved. A
	 * failure is logged and skipped.
	 */
	default Mono<Void> rated(Ticket ticket) {
		return Mono.empty();
	}

	/**
	 * A person moved the ticket to another residential group. A failure is logged and
	 * skipped.
	 */
	default Mono<Void> moved(Ticket ticket) {
		return Mono.empty();
	}

}

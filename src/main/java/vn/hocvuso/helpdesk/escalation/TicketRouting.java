package vn.hocvuso.helpdesk.escalation;

import java.time.Clock;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import vn.hocvuso.helpdesk.tickets.Ticket;
import vn.hocvuso.helpdesk.tickets.TicketChanges;
import vn.hocvuso.helpdesk.tickets.TicketQueries;
import vn.hocvuso.helpdesk.tickets.Urgency;

/**
 * Puts a resident's message on a ticket and offers the ticket to the right ambassadors:
 * opens one (urgent for a scam victim or a refused reply), joins the open one (urgent
 * when the bot failed again), reopens a resolved one (urgent), routes one to a named
 * group. Two messages that race to open a ticket end up on the same one.
 */
@Component
class TicketRouting {

	private final TicketChanges changes;

	private final TicketQueries queries;

	private final AmbassadorNotices notices;

	private final EscalationProperties properties;

	private final Clock clock;

	TicketRouting(TicketChanges changes, TicketQueries queries, AmbassadorNotices notices,
			EscalationProperties properties, Clock clock) {
		this.changes = changes;
		this.queries = queries;
		this.notices = notices;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Opens a ticket for the message and tells its group; joins the resident's open one
	 * if another message opened it meanwhile.
	 */
	Mono<Ticket> open(TicketRequest request) {
		String urgent = UrgentReasons.of(request.supportCase());
		return this.changes
			.open(request.newTicket(urgent, this.properties.claimBy(this.clock.instant(), urgent != null)))
			.flatMap(this.notices::offer)
			.switchIfEmpty(Mono.defer(
					() -> this.queries.findOpen(request.resident().id()).flatMap((open) -> join(open, request, true))));
	}

	/** Adds the message to the open ticket; a repeated failure makes it urgent. */
	Mono<Ticket> join(Ticket ticket, TicketRequest request, boolean botFailed) {
		Urgency urgency = HandOffRules.repeatedFailure(ticket, botFailed)
				? new Urgency(UrgentReasons.REPEATED, this.properties.claimBy(ticket.openedAt(), true)) : null;
		return this.changes.join(ticket, request.messages(), urgency);
	}

	/**
	 * Offers a resolved ticket again, urgent, and tells its group; opens a new one if it
	 * cannot be reopened (another ticket was opened, or it was reopened, meanwhile).
	 */
	Mono<Ticket> reopen(Ticket ticket, TicketRequest request) {
		Urgency urgency = new Urgency(UrgentReasons.REOPENED, this.properties.claimBy(this.clock.instant(), true));
		return this.changes.reopen(ticket, request.messages(), urgency)
			.flatMap(this.notices::offer)
			.switchIfEmpty(Mono.defer(() -> open(request)));
	}

	/**
	 * Routes the resident's open ticket to the group they named; it stays ward-wide when
	 * its deadline has passed.
	 */
	Mono<Ticket> route(String residentId, String groupCode) {
		return this.queries.findOpen(residentId)
			.flatMap((ticket) -> this.changes.route(ticket, groupCode,
					!this.clock.instant().isBefore(ticket.slaDueAt())))
			.flatMap(this.notices::offer);
	}

}

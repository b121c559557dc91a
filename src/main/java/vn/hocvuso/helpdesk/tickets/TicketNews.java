package vn.hocvuso.helpdesk.tickets;

import java.util.function.BiFunction;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import vn.hocvuso.helpdesk.metrics.MeterNames;

/**
 * Spreads what happened to a ticket: counted by kind, sent to the console's live pages,
 * and told to the {@link TicketListener}s of a resolution, a rating or a move (a
 * listener's failure is logged and the others are still told).
 */
@Component
class TicketNews {

	private static final Logger log = LoggerFactory.getLogger(TicketNews.class);

	private final TicketEvents events;

	private final ObjectProvider<TicketListener> listeners;

	private final MeterRegistry meters;

	TicketNews(TicketEvents events, ObjectProvider<TicketListener> listeners, MeterRegistry meters) {
		this.events = events;
		this.listeners = listeners;
		this.meters = meters;
	}

	/**
	 * Counts the change and tells the live pages.
	 * @param kind {@code opened}, {@code updated}, {@code claimed}, {@code answered},
	 * {@code released}, {@code resolved}, {@code reopened} or {@code overdue}
	 * @param message what the pages show, in Vietnamese
	 */
	Mono<Ticket> announce(Ticket ticket, String kind, String message) {
		return Mono.fromRunnable(() -> {
			this.meters.counter(MeterNames.TICKET_EVENTS, MeterNames.KIND, kind).increment();
			this.events.publish(new TicketEvent(kind, ticket.id(), ticket.urgent(), message, ticket));
		}).thenReturn(ticket);
	}

	Mono<Ticket> resolved(Ticket ticket) {
		return tell(ticket, TicketListener::resolved, "resolved");
	}

	Mono<Ticket> rated(Ticket ticket) {
		return tell(ticket, TicketListener::rated, "rated");
	}

	Mono<Ticket> moved(Ticket ticket) {
		return tell(ticket, TicketListener::moved, "moved");
	}

	private Mono<Ticket> tell(Ticket ticket, BiFunction<TicketListener, Ticket, Mono<Void>> hook, String what) {
		return Flux.fromStream(this.listeners.orderedStream())
			.concatMap((listener) -> hook.apply(listener, ticket).onErrorResume((error) -> {
				log.warn("A listener failed on {} ticket {}", what, ticket.id(), error);
				return Mono.empty();
			}))
			.then(Mono.just(ticket));
	}

}

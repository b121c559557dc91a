package vn.hocvuso.helpdesk.editor;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import vn.hocvuso.helpdesk.cases.CaseStore;
import vn.hocvuso.helpdesk.text.VietnameseNormalizer;
import vn.hocvuso.helpdesk.tickets.Ticket;
import vn.hocvuso.helpdesk.tickets.TicketListener;

/**
 * Turns a resolved ticket into suggested questions as it is resolved (and again when the
 * resident's feedback arrives), so the suggestions page never scans tickets or cases: it
 * reads each of the ticket's cases by id and keeps the questions the bot should learn.
 */
@Component
class SuggestionCollector implements TicketListener {

	private final CaseStore cases;

	private final SuggestionStore store;

	private final VietnameseNormalizer normalizer;

	SuggestionCollector(CaseStore cases, SuggestionStore store, VietnameseNormalizer normalizer) {
		this.cases = cases;
		this.store = store;
		this.normalizer = normalizer;
	}

	@Override
	public Mono<Void> resolved(Ticket ticket) {
		return collect(ticket);
	}

	/** The resident's rating may make an answered question one to learn from. */
	@Override
	public Mono<Void> rated(Ticket ticket) {
		return collect(ticket);
	}

	private Mono<Void> collect(Ticket ticket) {
		return Flux.fromIterable(ticket.conversation())
			.filter((entry) -> entry.author() == Ticket.Author.RESIDENT && entry.caseId() != null)
			.map(Ticket.Entry::caseId)
			.distinct()
			.concatMap(this.cases::find)
			.filter((asked) -> !this.normalizer.normalize(asked.text()).isEmpty())
			.flatMapIterable((asked) -> PendingQuestion.of(ticket, asked).stream().toList())
			.concatMap(this.store::keep)
			.then();
	}

}

package vn.hocvuso.helpdesk.escalation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

import vn.hocvuso.helpdesk.cases.CaseStore;
import vn.hocvuso.helpdesk.cases.SupportCase;
import vn.hocvuso.helpdesk.knowledge.Library;
import vn.hocvuso.helpdesk.knowledge.SystemIntents;
import vn.hocvuso.helpdesk.knowledge.store.KnowledgeBase;
import vn.hocvuso.helpdesk.nlu.Understanding;
import vn.hocvuso.helpdesk.residents.Resident;
import vn.hocvuso.helpdesk.residents.ResidentDirectory;
import vn.hocvuso.helpdesk.text.PhoneNumbers;
import vn.hocvuso.helpdesk.tickets.PersonsMessage;
import vn.hocvuso.helpdesk.tickets.Ticket;
import vn.hocvuso.helpdesk.tickets.TicketChanges;
import vn.hocvuso.helpdesk.tickets.TicketQueries;
import vn.hocvuso.helpdesk.wards.WardDirectory;

/**
 * The hand-off to a person, for the conversation: where a resident stands when their
 * message arrives ({@link #situation}), and, once the message's case is stored, carrying
 * out what {@link HandOffRules} decided ({@link #carryOut}): a rating stored, a group
 * noted, a ticket opened, joined or reopened.
 */
@Service
public class Escalation {

	private static final int MAX_GUESSES = 3;

	private final TicketQueries tickets;

	private final TicketChanges changes;

	private final TicketRouting routing;

	private final ResidentDirectory residents;

	private final CaseStore cases;

	private final WardDirectory ward;

	private final KnowledgeBase knowledgeBase;

	private final EscalationProperties properties;

	private final Clock clock;

	Escalation(TicketQueries tickets, TicketChanges changes, TicketRouting routing, ResidentDirectory residents,
			CaseStore cases, WardDirectory ward, KnowledgeBase knowledgeBase, EscalationProperties properties,
			Clock clock) {
		this.tickets = tickets;
		this.changes = changes;
		this.routing = routing;
		this.residents = residents;
		this.cases = cases;
		this.ward = ward;
		this.knowledgeBase = knowledgeBase;
		this.properties = properties;
		this.clock = clock;
	}

	/** Where the resident stands: their open or recently resolved ticket, the ward. */
	public Mono<Situation> situation(Resident resident) {
		Mono<Optional<Ticket>> ticket = this.tickets
			.current(resident.id(), this.clock.instant().minus(this.properties.reopenWithin()))
			.map(Optional::of)
			.defaultIfEmpty(Optional.empty());
		return Mono.zip(ticket, this.ward.ward(),
				(current, ward) -> new Situation(resident, current.orElse(null), ward));
	}

	/**
	 * Carries out the hand-off of a message whose case is stored.
	 * @param resident the resident, with the session the turn left
	 * @param text what the resident wrote, as received: a phone number in it is kept when
	 * the message is on a ticket
	 * @param botReply what the bot answered, if it did
	 * @param understood what the bot made of the message, for the ticket's guesses; empty
	 * when the message could not be read
	 */
	public Mono<Void> carryOut(HandOff handOff, Resident resident, SupportCase supportCase, String text,
			@Nullable String botReply, @Nullable Understanding understood) {
		return keepPhone(handOff, resident, text).flatMap((known) -> {
			if (handOff instanceof HandOff.Rated rated) {
				return rate(rated);
			}
			if (handOff instanceof HandOff.GroupNamed named) {
				return this.residents.setGroup(known, named.group().code())
					.then(this.cases.assignGroup(known.id(), named.group().code()))
					.then(this.routing.route(known.id(), named.group().code()));
			}
			if (handOff instanceof HandOff.WithPerson withPerson) {
				return this.changes.join(withPerson.ticket(), request(known, supportCase, botReply, null).messages(),
						null);
			}
			if (handOff instanceof HandOff.Joins joins) {
				return this.routing.join(joins.ticket(), request(known, supportCase, botReply, null),
						joins.repeatedFailure());
			}
			// Opening (or reopening, which may open) a ticket shows the bot's guesses.
			if (handOff instanceof HandOff.Opens) {
				return this.routing.open(request(known, supportCase, botReply, understood));
			}
			if (handOff instanceof HandOff.Reopens reopens) {
				return this.routing.reopen(reopens.ticket(), request(known, supportCase, botReply, understood));
			}
			return Mono.empty();
		}).then();
	}

	/**
	 * A person answered the resident outside the console: recorded on the resident's
	 * ticket, which a person then holds.
	 */
	public Mono<Void> answeredOutside(Resident resident, String messageId, String text, String by, Instant at) {
		return this.changes
			.answeredOutside(new PersonsMessage(resident.id(), resident.channel(), resident.channelUserId(),
					resident.groupCode(), messageId, text, by, at))
			.then();
	}

	/**
	 * The message for a ticket; the bot's guesses are worked out only when given what it
	 * understood (they are shown on a new ticket only).
	 */
	private TicketRequest request(Resident resident, SupportCase supportCase, @Nullable String botReply,
			@Nullable Understanding understood) {
		return new TicketRequest(resident, supportCase, botReply, guesses(understood));
	}

	/**
	 * Keeps a phone number the resident writes while their message is on a ticket, so the
	 * person helping can call them; the stored text is redacted as always.
	 */
	private Mono<Resident> keepPhone(HandOff handOff, Resident resident, String text) {
		Optional<String> phone = handOff.ticketed() ? PhoneNumbers.find(text) : Optional.empty();
		if (phone.isEmpty() || phone.get().equals(resident.phone())) {
			return Mono.just(resident);
		}
		return this.residents.setPhone(resident, phone.get());
	}

	/**
	 * Stores the rating on the case that opened the ticket, then on the ticket (whose
	 * listeners then find the case rated).
	 */
	private Mono<Ticket> rate(HandOff.Rated rated) {
		String feedback = rated.helpful() ? SupportCase.HELPFUL : SupportCase.NOT_HELPFUL;
		return this.tickets.find(rated.ticketId())
			.flatMap((ticket) -> this.cases.recordFeedback(ticket.firstCaseId(), feedback)
				.then(this.changes.rate(ticket.id(), feedback)));
	}

	/** The bot's best topics for the message, for the person who takes it over. */
	private List<Ticket.Guess> guesses(@Nullable Understanding understood) {
		if (understood == null) {
			return List.of();
		}
		Library library = this.knowledgeBase.current();
		return understood.prediction()
			.ranked()
			.stream()
			.filter((score) -> score.confidence() >= this.properties.guessThreshold())
			.flatMap((score) -> library.article(score.topic())
				.filter((article) -> !SystemIntents.isSystem(article.id()))
				.map((article) -> new Ticket.Guess(article.id(), article.title(), score.confidence(),
						article.shortAnswer()))
				.stream())
			.limit(MAX_GUESSES)
			.toList();
	}

}

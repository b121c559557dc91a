package vn.hocvuso.helpdesk.editor;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import vn.hocvuso.helpdesk.cases.SupportCase;
import vn.hocvuso.helpdesk.nlu.Decision;
import vn.hocvuso.helpdesk.tickets.Ticket;

/**
 * A resident's question that the bot did not settle and a person did: a candidate example
 * question, waiting for staff to accept or dismiss it.
 *
 * @param id the question's case id
 * @param text the question as the resident typed it, already redacted
 * @param reply what the ambassador wrote back, and their note on resolving
 * @param resolvedBy who resolved the ticket
 */
record PendingQuestion(String id, String ticketId, String text, String reply, String resolvedBy, Instant resolvedAt,
		Reason reason) {

	PendingQuestion {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(resolvedAt, "resolvedAt");
	}

	/**
	 * The question of a case in a resolved ticket, when it is one the bot should learn
	 * from: it escalated (other than a plain request for a person), or it answered and
	 * the resident said it did not help. Too long to be an example: none.
	 */
	static Optional<PendingQuestion> of(Ticket ticket, SupportCase asked) {
		String text = asked.text().replaceAll("\\s+", " ").strip();
		Optional<Reason> reason = Reason.of(asked);
		if (reason.isEmpty() || text.isEmpty() || text.length() > ArticleInput.MAX_EXAMPLE
				|| ticket.resolvedAt() == null) {
			return Optional.empty();
		}
		return Optional.of(new PendingQuestion(asked.id(), ticket.id(), text, ambassadorWords(ticket),
				Objects.requireNonNullElse(ticket.resolvedBy(), ""), ticket.resolvedAt(), reason.get()));
	}

	/**
	 * Every reply of the ambassadors in the ticket, then the note they resolved it with.
	 */
	static String ambassadorWords(Ticket ticket) {
		Stream<@Nullable String> replies = ticket.conversation()
			.stream()
			.filter((entry) -> entry.author() == Ticket.Author.AMBASSADOR)
			.map(Ticket.Entry::text);
		return Stream.concat(replies, Stream.of(ticket.outcomeNote()))
			.filter((text) -> text != null && !text.isBlank())
			.map(String::strip)
			.collect(Collectors.joining("\n"));
	}

	/** Why the question is suggested. */
	enum Reason {

		/** The bot handed it to a person. */
		ESCALATED,
		/** The bot answered; the resident said it did not help. */
		NOT_HELPFUL;

		static Optional<Reason> of(SupportCase asked) {
			if ("escalate".equals(asked.decision())
					&& !Decision.Reason.ASKED_FOR_HUMAN.name().equals(asked.escalationReason())) {
				return Optional.of(ESCALATED);
			}
			if ("answer".equals(asked.decision()) && SupportCase.NOT_HELPFUL.equals(asked.feedback())) {
				return Optional.of(NOT_HELPFUL);
			}
			return Optional.empty();
		}

	}

}

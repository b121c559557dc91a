package vn.hocvuso.helpdesk.residents;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the bot is waiting for from a resident between two messages.
 *
 * @param pendingChoices the topics offered in a clarify question, empty when nothing is
 * pending
 * @param awaitingGroup the bot asked which residential group they live in
 * @param feedbackTicket the ticket whose resolution the bot asked them to rate
 * @param offeredClasses the classes offered to sign up for, in the order of their
 * buttons; empty when none is
 */
public record ResidentSession(List<String> pendingChoices, boolean awaitingGroup, @Nullable String feedbackTicket,
		List<String> offeredClasses) {

	public ResidentSession {
		pendingChoices = List.copyOf(pendingChoices);
		offeredClasses = List.copyOf(offeredClasses);
	}

	public static ResidentSession idle() {
		return new ResidentSession(List.of(), false, null, List.of());
	}

	public static ResidentSession awaitingChoice(List<String> topics) {
		return new ResidentSession(topics, false, null, List.of());
	}

	public static ResidentSession askedForGroup() {
		return new ResidentSession(List.of(), true, null, List.of());
	}

	public static ResidentSession askedForFeedback(String ticketId) {
		return new ResidentSession(List.of(), false, ticketId, List.of());
	}

	public static ResidentSession offeredClasses(List<String> classIds) {
		return new ResidentSession(List.of(), false, null, classIds);
	}

}

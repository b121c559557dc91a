package vn.hocvuso.helpdesk.residents;

import java.util.List;

/**
 * What the bot is waiting for from a resident between two messages.
 *
 * @param pendingChoices the topics offered in a clarify question, empty when nothing is
 * pending
 */
public record ResidentSession(List<String> pendingChoices) {

	public ResidentSession {
		pendingChoices = List.copyOf(pendingChoices);
	}

	public static ResidentSession idle() {
		return new ResidentSession(List.of());
	}

	public static ResidentSession awaitingChoice(List<String> topics) {
		return new ResidentSession(topics);
	}

}

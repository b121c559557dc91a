package vn.hocvuso.helpdesk.chaos;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What became of the messages of a chaos run, seen from outside: the cases and open
 * tickets through the staff API, and the texts the Zalo stand-in accepted for each
 * resident.
 *
 * @param messages messages the stream sent (each posted twice)
 * @param accepted messages the app answered 200 at least once
 * @param lost accepted messages with no case, or with neither a reply received nor an
 * open ticket
 * @param extraCases accepted messages with more than one case
 * @param duplicates replies a resident received more than once (same resident, same
 * text), counting each extra copy
 * @param handedOver accepted messages that opened a ticket (a person will answer)
 * @param replied accepted messages whose resident received at least one reply
 * @param kills times the app was killed with SIGKILL
 * @param refreshTokensReused refresh tokens the app spent a second time, which the real
 * Zalo refuses (its refresh tokens are single-use): a refreshed pair lost in a kill
 * @param duration from the first message to the end of the wait for the last replies
 * @param lostMessages the first lost messages, to look up in the app's log
 */
record ChaosReport(int messages, int accepted, int lost, int extraCases, int duplicates, int handedOver, int replied,
		int kills, int refreshTokensReused, Duration duration, List<Integer> lostMessages) {

	private static final Pattern TAG = Pattern.compile("chaos([a-z]{4})");

	/** Matches every accepted message with its cases, tickets and replies. */
	static ChaosReport of(int messages, Set<Integer> accepted, List<StaffView.CaseRow> cases,
			List<String> openTicketPreviews, Map<String, List<String>> received, int kills, int refreshTokensReused,
			Duration duration) {
		Map<Integer, List<StaffView.CaseRow>> casesByMessage = new HashMap<>();
		for (StaffView.CaseRow row : cases) {
			Integer message = messageIn(row.text());
			if (message != null) {
				casesByMessage.computeIfAbsent(message, (key) -> new ArrayList<>()).add(row);
			}
		}
		Set<Integer> withTicket = new TreeSet<>();
		for (String preview : openTicketPreviews) {
			Integer message = messageIn(preview);
			if (message != null) {
				withTicket.add(message);
			}
		}
		int extraCases = 0;
		int handedOver = 0;
		int replied = 0;
		List<Integer> lost = new ArrayList<>();
		for (int message : new TreeSet<>(accepted)) {
			int caseCount = casesByMessage.getOrDefault(message, List.of()).size();
			boolean gotReply = !received.getOrDefault(ResidentStream.resident(message), List.of()).isEmpty();
			boolean ticket = withTicket.contains(message);
			extraCases += (caseCount > 1) ? 1 : 0;
			handedOver += ticket ? 1 : 0;
			replied += gotReply ? 1 : 0;
			if (caseCount == 0 || !(gotReply || ticket)) {
				lost.add(message);
			}
		}
		return new ChaosReport(messages, accepted.size(), lost.size(), extraCases, duplicates(received), handedOver,
				replied, kills, refreshTokensReused, duration, List.copyOf(lost.subList(0, Math.min(10, lost.size()))));
	}

	/** Every copy beyond the first of the same text to the same resident. */
	static int duplicates(Map<String, List<String>> received) {
		int duplicates = 0;
		for (List<String> texts : received.values()) {
			duplicates += texts.size() - new TreeSet<>(texts).size();
		}
		return duplicates;
	}

	/** The residents who received a text more than once, for the app's log. */
	static List<String> duplicatedResidents(Map<String, List<String>> received) {
		return received.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().size() > new TreeSet<>(entry.getValue()).size())
			.map(Map.Entry::getKey)
			.sorted()
			.limit(10)
			.toList();
	}

	/** The message a case or ticket text starts from, by its letter tag. */
	static Integer messageIn(String text) {
		Matcher tag = TAG.matcher(text);
		if (!tag.find()) {
			return null;
		}
		int message = 0;
		for (char letter : tag.group(1).toCharArray()) {
			message = message * 26 + (letter - 'a');
		}
		return message;
	}

	/** One line for logs and for {@code bench/chaos.sh} to pick out. */
	String summary() {
		return String.format(
				"RESULT messages=%d accepted=%d lost=%d extra_cases=%d duplicates=%d handed_over=%d replied=%d kills=%d refresh_tokens_reused=%d duration_s=%d",
				this.messages, this.accepted, this.lost, this.extraCases, this.duplicates, this.handedOver,
				this.replied, this.kills, this.refreshTokensReused, this.duration.toSeconds());
	}

}

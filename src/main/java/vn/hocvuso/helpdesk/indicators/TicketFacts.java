package vn.hocvuso.helpdesk.indicators;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.jspecify.annotations.Nullable;

import vn.hocvuso.helpdesk.cases.SupportCase;
import vn.hocvuso.helpdesk.tickets.Ticket;
import vn.hocvuso.helpdesk.tickets.TicketState;

/**
 * What a ticket counts for as it is now, and its tally: the amounts it adds to day
 * documents. Each step counts on the day it happened (Asia/Ho_Chi_Minh) in the ticket's
 * group, with its topic and channel, and for the ambassador who took it:
 * <ul>
 * <li>{@code opened} on the day it was opened;</li>
 * <li>{@code claimed} and the time to claim on the day of its claim;</li>
 * <li>{@code answered} and the time to the first human reply on the day of the
 * ambassador's first reply;</li>
 * <li>{@code resolved}, the time to resolve and the resident's feedback on the day it was
 * resolved;</li>
 * <li>{@code pastSla} on the day of its claim deadline, when it was not claimed by
 * then.</li>
 * </ul>
 * Times run from the ticket's opening. A released claim or a reopened ticket no longer
 * counts its earlier claim or resolution: like cases, the counters are the sum of the
 * tallies of the tickets as they are now.
 *
 * @param topic the bot's best guess, as a field key
 */
record TicketFacts(String group, String topic, String channel, Instant openedAt, Instant slaDueAt, boolean pastSla,
		@Nullable Step claimed, @Nullable Step answered, @Nullable Step resolved, @Nullable String feedback,
		@Nullable String waiting) {

	static final String PREFIX = "tickets.";

	static final String OPENED = "opened", CLAIMED = "claimed", ANSWERED = "answered", RESOLVED = "resolved",
			PAST_SLA = "pastSla", HELPFUL = "helpful", NOT_HELPFUL = "notHelpful";

	/** The counters that the drill-down can list tickets for. */
	static final List<String> OUTCOMES = List.of(OPENED, CLAIMED, ANSWERED, RESOLVED, PAST_SLA);

	static final String CLAIM_TIME = "claimTime.", HUMAN_RESPONSE = "humanResponse.", RESOLVE_TIME = "resolveTime.";

	/** Tickets waiting now by priority, in the {@code queue} document. */
	static final String WAITING = "waiting.";

	/** A step of a ticket: when, and by whom. */
	record Step(Instant at, String by) {
	}

	static TicketFacts of(Ticket ticket) {
		Step answered = ticket.conversation()
			.stream()
			.filter((entry) -> entry.author() == Ticket.Author.AMBASSADOR && entry.by() != null)
			.findFirst()
			.map((entry) -> new Step(entry.at(), entry.by()))
			.orElse(null);
		boolean lateClaim = ticket.claimedAt() != null && ticket.claimedAt().isAfter(ticket.slaDueAt());
		return new TicketFacts(CaseTally.groupOf(ticket.groupCode()),
				CaseTally.fieldKey(ticket.guesses().isEmpty() ? null : ticket.guesses().get(0).topic()),
				ticket.channel().id(), ticket.openedAt(), ticket.slaDueAt(), ticket.overdue() || lateClaim,
				step(ticket.claimedAt(), ticket.claimedBy()), answered, step(ticket.resolvedAt(), ticket.resolvedBy()),
				ticket.feedback(),
				(ticket.state() == TicketState.WAITING) ? (ticket.urgent() ? "urgent" : "normal") : null);
	}

	/** The amounts by day document {@code _id} (and the {@code queue} document). */
	Map<String, Map<String, Long>> tally(ZoneId zone) {
		Map<String, Map<String, Long>> tally = new HashMap<>();
		count(tally, zone, this.openedAt, null, OPENED, null, null);
		if (this.pastSla) {
			count(tally, zone, this.slaDueAt, null, PAST_SLA, null, null);
		}
		if (this.claimed != null) {
			count(tally, zone, this.claimed.at, this.claimed.by, CLAIMED, CLAIM_TIME, null);
		}
		if (this.answered != null) {
			count(tally, zone, this.answered.at, this.answered.by, ANSWERED, HUMAN_RESPONSE, null);
		}
		if (this.resolved != null) {
			count(tally, zone, this.resolved.at, this.resolved.by, RESOLVED, RESOLVE_TIME, feedbackCounter());
		}
		if (this.waiting != null) {
			tally.put(CounterIds.QUEUE, new HashMap<>(Map.of(PREFIX + WAITING + this.waiting, 1L)));
		}
		return tally;
	}

	/** The resident's answer to the feedback question as a counter name. */
	private @Nullable String feedbackCounter() {
		if (SupportCase.HELPFUL.equals(this.feedback)) {
			return HELPFUL;
		}
		return SupportCase.NOT_HELPFUL.equals(this.feedback) ? NOT_HELPFUL : null;
	}

	/**
	 * Counts a step in the group's day, under the ticket's topic and channel too, and in
	 * the ambassador's day; with the time since opening in its bucket, and the feedback.
	 */
	private void count(Map<String, Map<String, Long>> tally, ZoneId zone, Instant at, @Nullable String by,
			String counter, @Nullable String time, @Nullable String feedback) {
		LocalDate day = at.atZone(zone).toLocalDate();
		Map<String, Long> amounts = new HashMap<>();
		amounts.put(counter, 1L);
		if (time != null) {
			amounts.put(time + ResponseTimes.bucketOf(Duration.between(this.openedAt, at)), 1L);
		}
		if (feedback != null) {
			amounts.put(feedback, 1L);
		}
		Map<String, Long> group = tally.computeIfAbsent(CounterIds.day(day, this.group), (id) -> new HashMap<>());
		for (String prefix : List.of(PREFIX, CaseTally.TOPICS + this.topic + "." + PREFIX,
				CaseTally.CHANNELS + this.channel + "." + PREFIX)) {
			amounts.forEach((path, amount) -> group.merge(prefix + path, amount, Long::sum));
		}
		if (by != null) {
			Map<String, Long> mine = tally.computeIfAbsent(CounterIds.day(day, CounterIds.ambassador(by)),
					(id) -> new HashMap<>());
			amounts.forEach((path, amount) -> mine.merge(PREFIX + path, amount, Long::sum));
		}
	}

	/** What this tally adds beyond {@code before}'s: the change to apply. */
	Map<String, Map<String, Long>> minus(@Nullable TicketFacts before, ZoneId zone) {
		Map<String, Map<String, Long>> difference = tally(zone);
		if (before != null) {
			before.tally(zone)
				.forEach((id, amounts) -> amounts
					.forEach((path, amount) -> difference.computeIfAbsent(id, (key) -> new HashMap<>())
						.merge(path, -amount, Long::sum)));
		}
		difference.values().forEach((amounts) -> amounts.values().removeIf((amount) -> amount == 0));
		difference.values().removeIf(Map::isEmpty);
		return difference;
	}

	Document toDocument() {
		return new Document("group", this.group).append("topic", this.topic)
			.append("channel", this.channel)
			.append("openedAt", Date.from(this.openedAt))
			.append("slaDueAt", Date.from(this.slaDueAt))
			.append("pastSla", this.pastSla)
			.append("claimed", step(this.claimed))
			.append("answered", step(this.answered))
			.append("resolved", step(this.resolved))
			.append("feedback", this.feedback)
			.append("waiting", this.waiting);
	}

	static TicketFacts fromDocument(Document document) {
		return new TicketFacts(document.getString("group"), document.getString("topic"), document.getString("channel"),
				document.getDate("openedAt").toInstant(), document.getDate("slaDueAt").toInstant(),
				document.getBoolean("pastSla", false), step(document.get("claimed", Document.class)),
				step(document.get("answered", Document.class)), step(document.get("resolved", Document.class)),
				document.getString("feedback"), document.getString("waiting"));
	}

	private static @Nullable Step step(@Nullable Instant at, @Nullable String by) {
		return (at != null && by != null) ? new Step(at, by) : null;
	}

	private static @Nullable Document step(@Nullable Step step) {
		return (step != null) ? new Document("at", Date.from(step.at)).append("by", step.by) : null;
	}

	private static @Nullable Step step(@Nullable Document document) {
		return (document != null) ? new Step(document.getDate("at").toInstant(), document.getString("by")) : null;
	}

}

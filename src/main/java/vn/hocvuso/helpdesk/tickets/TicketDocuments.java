package vn.hocvuso.helpdesk.tickets;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.mongodb.client.model.PushOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.jspecify.annotations.Nullable;

import vn.hocvuso.helpdesk.shared.ChannelType;

/** Maps tickets to and from their MongoDB documents. */
final class TicketDocuments {

	private TicketDocuments() {
	}

	static Document toDocument(Ticket ticket) {
		return new Document("_id", ticket.id()).append("residentId", ticket.residentId())
			.append("activeFor", activeKey(ticket))
			.append("channel", ticket.channel().id())
			.append("channelUserId", ticket.channelUserId())
			.append("groupCode", ticket.groupCode())
			.append("state", ticket.state().name())
			.append("urgentReason", ticket.urgentReason())
			.append("urgent", ticket.urgent())
			.append("wardWide", ticket.wardWide())
			.append("openedAt", date(ticket.openedAt()))
			.append("slaDueAt", date(ticket.slaDueAt()))
			.append("overdue", ticket.overdue())
			.append("claimedBy", ticket.claimedBy())
			.append("claimedAt", date(ticket.claimedAt()))
			.append("firstAnsweredAt", date(ticket.firstAnsweredAt()))
			.append("resolvedAt", date(ticket.resolvedAt()))
			.append("resolvedBy", ticket.resolvedBy())
			.append("outcomeNote", ticket.outcomeNote())
			.append("reopenCount", ticket.reopenCount())
			.append("firstCaseId", ticket.firstCaseId())
			.append("guesses", ticket.guesses().stream().map(TicketDocuments::guess).toList())
			.append("attachmentUrls", ticket.attachmentUrls())
			.append("conversation", ticket.conversation().stream().map(TicketDocuments::entry).toList())
			.append("feedback", ticket.feedback())
			.append("version", ticket.version());
	}

	/**
	 * One open ticket per resident: while open the key is the resident's id, under a
	 * unique index; once resolved it becomes the ticket's own id.
	 */
	static String activeKey(Ticket ticket) {
		return ticket.state().isOpen() ? ticket.residentId() : resolvedKey(ticket.id());
	}

	static String resolvedKey(String ticketId) {
		return "resolved:" + ticketId;
	}

	/**
	 * How many entries a ticket's conversation keeps, the newest: the web chat is public
	 * and a conversation could otherwise grow past MongoDB's 16 MiB for a document, after
	 * which no change to the ticket is stored (issue 19). At 4,096 characters a message,
	 * the longest any channel sends, 500 entries stay under 8 MiB.
	 */
	static final int KEPT_ENTRIES = 500;

	/** Adds to the conversation, keeping its newest {@link #KEPT_ENTRIES} entries. */
	static Bson said(List<Ticket.Entry> entries) {
		return Updates.pushEach("conversation", entries.stream().map(TicketDocuments::entry).toList(),
				new PushOptions().slice(-KEPT_ENTRIES));
	}

	static Bson said(Ticket.Entry entry) {
		return said(List.of(entry));
	}

	static Document entry(Ticket.Entry entry) {
		return new Document("at", date(entry.at())).append("author", entry.author().name())
			.append("text", entry.text())
			.append("by", entry.by())
			.append("caseId", entry.caseId())
			.append("replyId", entry.replyId());
	}

	private static Document guess(Ticket.Guess guess) {
		return new Document("topic", guess.topic()).append("title", guess.title())
			.append("confidence", guess.confidence())
			.append("shortAnswer", guess.shortAnswer());
	}

	static Ticket fromDocument(Document document) {
		return new Ticket(document.getString("_id"), document.getString("residentId"),
				ChannelType.fromId(document.getString("channel")), document.getString("channelUserId"),
				document.getString("groupCode"), TicketState.valueOf(document.getString("state")),
				document.getString("urgentReason"), document.getBoolean("wardWide", false),
				instant(document.getDate("openedAt")), instant(document.getDate("slaDueAt")),
				document.getBoolean("overdue", false), document.getString("claimedBy"),
				instant(document.getDate("claimedAt")), instant(document.getDate("firstAnsweredAt")),
				instant(document.getDate("resolvedAt")), document.getString("resolvedBy"),
				document.getString("outcomeNote"), document.getInteger("reopenCount", 0),
				document.getString("firstCaseId"),
				document.getList("guesses", Document.class, List.of())
					.stream()
					.map((guess) -> new Ticket.Guess(guess.getString("topic"), guess.getString("title"),
							guess.get("confidence", 0.0), guess.getString("shortAnswer")))
					.toList(),
				document.getList("attachmentUrls", String.class, List.of()),
				document.getList("conversation", Document.class, List.of())
					.stream()
					.map((entry) -> new Ticket.Entry(instant(entry.getDate("at")),
							Ticket.Author.valueOf(entry.getString("author")), entry.getString("text"),
							entry.getString("by"), entry.getString("caseId"), entry.getString("replyId")))
					.toList(),
				document.getString("feedback"), ((Number) document.get("version", 0)).longValue());
	}

	static @Nullable Date date(@Nullable Instant instant) {
		return (instant != null) ? Date.from(instant) : null;
	}

	static @Nullable Instant instant(@Nullable Date date) {
		return (date != null) ? date.toInstant() : null;
	}

}

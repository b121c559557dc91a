package vn.hocvuso.helpdesk.tickets;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

import vn.hocvuso.helpdesk.text.Redactor;

/**
 * The changes to tickets that come from residents' messages and from the clock, each one
 * atomic and announced to the live pages. Only escalation decides when to make them (the
 * console's own actions are in {@link ConsoleActions}); an architecture rule keeps it so.
 */
@Service
public class TicketChanges {

	static final List<TicketState> OPEN = List.of(TicketState.WAITING, TicketState.CLAIMED, TicketState.ANSWERED);

	/**
	 * What a ticket opened by a person's message outside the console names as its start.
	 */
	static final String OUTSIDE = "outside:";

	private static final int OUTSIDE_TRIES = 3;

	private final Redactor redactor = new Redactor();

	private final TicketStore store;

	private final TicketNews news;

	private final Clock clock;

	TicketChanges(TicketStore store, TicketNews news, Clock clock) {
		this.store = store;
		this.news = news;
		this.clock = clock;
	}

	/** Opens a ticket; empty when the resident already has an open one. */
	public Mono<Ticket> open(NewTicket request) {
		Ticket ticket = Ticket.opened(new ObjectId().toHexString(), request, this.clock.instant());
		return this.store.insert(ticket).flatMap((opened) -> this.news.announce(opened, "opened", "Phiếu mới"));
	}

	/**
	 * Adds the resident's new messages to their open ticket, and makes it urgent with an
	 * earlier deadline when {@code urgency} is given; empty when it is no longer open.
	 */
	public Mono<Ticket> join(Ticket ticket, NewMessages messages, @Nullable Urgency urgency) {
		List<Bson> changes = new ArrayList<>(pushes(messages));
		if (urgency != null) {
			changes.add(Updates.set("urgentReason", urgency.reason()));
			changes.add(Updates.set("urgent", true));
			changes.add(Updates.min("slaDueAt", Date.from(urgency.claimBy())));
		}
		return this.store.change(ticket.id(), OPEN, Updates.combine(changes))
			.flatMap((updated) -> this.news.announce(updated, "updated",
					(urgency != null) ? "Người dân hỏi lại, phiếu thành khẩn" : "Người dân nhắn thêm"));
	}

	/**
	 * Offers a resolved ticket again, urgent, with the resident's new messages; empty
	 * when it is no longer resolved or the resident has another open ticket.
	 */
	public Mono<Ticket> reopen(Ticket ticket, NewMessages messages, Urgency urgency) {
		List<Bson> changes = new ArrayList<>(pushes(messages));
		changes.addAll(
				List.of(Updates.set("state", TicketState.WAITING.name()), Updates.set("activeFor", ticket.residentId()),
						Updates.inc("reopenCount", 1), Updates.set("urgentReason", urgency.reason()),
						Updates.set("urgent", true), Updates.set("wardWide", ticket.groupCode() == null),
						Updates.set("slaDueAt", Date.from(urgency.claimBy())), Updates.set("overdue", false),
						Updates.unset("claimedBy"), Updates.unset("claimedAt"), Updates.unset("resolvedAt"),
						Updates.unset("resolvedBy"), Updates.unset("feedback")));
		return this.store.reopen(ticket.id(), Updates.combine(changes))
			.flatMap((reopened) -> this.news.announce(reopened, "reopened", "Người dân nhắn lại, phiếu được mở lại"))
			.onErrorResume(TicketStore::isDuplicate, (anotherOpen) -> Mono.empty());
	}

	/**
	 * Records a person's message written outside the console on the resident's open
	 * ticket, which a person then holds (the bot stays silent); opens a ticket already
	 * held when there is none. A message recorded before is not recorded again.
	 */
	public Mono<Ticket> answeredOutside(PersonsMessage message) {
		PersonsMessage redacted = new PersonsMessage(message.residentId(), message.channel(), message.channelUserId(),
				message.groupCode(), message.messageId(), this.redactor.redact(message.text()), message.by(),
				message.at());
		return recordOutside(redacted, OUTSIDE_TRIES);
	}

	/** Tries again while other changes to the resident's tickets get in between. */
	private Mono<Ticket> recordOutside(PersonsMessage message, int tries) {
		String openedBy = OUTSIDE + message.messageId();
		String said = message.by() + " đã nhắn cho người dân";
		Mono<Ticket> once = this.store.findOpen(message.residentId())
			.flatMap((open) -> open.hasReply(message.messageId()) ? Mono.just(open)
					: addOutside(open, message).flatMap((held) -> this.news.announce(held, "answered", said)))
			.switchIfEmpty(Mono
				.defer(() -> this.store.insert(Ticket.heldOutside(new ObjectId().toHexString(), message, openedBy))
					.flatMap((opened) -> this.news.announce(opened, "opened", said))))
			.switchIfEmpty(Mono.defer(() -> this.store.openedBy(List.of(openedBy)).next()));
		return once.switchIfEmpty(Mono.defer(() -> (tries > 1) ? recordOutside(message, tries - 1)
				: Mono.error(new IllegalStateException("The resident's ticket kept changing"))));
	}

	private Mono<Ticket> addOutside(Ticket open, PersonsMessage message) {
		Date at = Date.from(message.at());
		List<Bson> changes = new ArrayList<>(List.of(Updates.set("state", TicketState.ANSWERED.name()),
				TicketDocuments.said(Ticket.Entry.outside(message))));
		if (open.claimedBy() == null) {
			changes.add(Updates.set("claimedBy", message.by()));
			changes.add(Updates.set("claimedAt", at));
		}
		if (open.firstAnsweredAt() == null) {
			changes.add(Updates.set("firstAnsweredAt", at));
		}
		return this.store.change(Filters.and(Filters.eq("_id", open.id()), Filters.in("state", TicketStore.names(OPEN)),
				Filters.eq("claimedBy", open.claimedBy()), Filters.ne("conversation.replyId", message.messageId())),
				Updates.combine(changes));
	}

	/** Routes an open ticket to the group the resident named. */
	public Mono<Ticket> route(Ticket ticket, String groupCode, boolean wardWide) {
		return this.store
			.change(ticket.id(), OPEN,
					Updates.combine(Updates.set("groupCode", groupCode), Updates.set("wardWide", wardWide)))
			.flatMap((routed) -> this.news.announce(routed, "updated", "Đã rõ tổ dân phố"));
	}

	/**
	 * Stores the resident's rating of the help ({@code helpful} or {@code not_helpful}),
	 * and tells the listeners when the ticket is still resolved.
	 */
	public Mono<Ticket> rate(String ticketId, String feedback) {
		return this.store.change(Filters.eq("_id", ticketId), Updates.set("feedback", feedback))
			.flatMap((rated) -> (rated.state() == TicketState.RESOLVED) ? this.news.rated(rated) : Mono.just(rated));
	}

	/** Adds a line from the help desk itself to the conversation; live pages reload. */
	public Mono<Ticket> note(Ticket ticket, String text) {
		return this.store
			.change(Filters.eq("_id", ticket.id()),
					TicketDocuments.said(Ticket.Entry.system(this.clock.instant(), text)))
			.flatMap((noted) -> this.news.announce(noted, "updated", text));
	}

	/**
	 * Every waiting ticket past its deadline, each marked overdue and offered to the
	 * whole ward, one at a time; each is taken by one instance only.
	 */
	public Flux<Ticket> takeOverdue() {
		return this.store.takeOverdue(this.clock.instant())
			.expand((ticket) -> this.store.takeOverdue(this.clock.instant()))
			.concatMap((ticket) -> this.news.announce(ticket, "overdue",
					"Quá hạn chưa ai nhận: chuyển cho cả phường" + (ticket.urgent() ? " (khẩn)" : "")));
	}

	private static List<Bson> pushes(NewMessages messages) {
		List<Bson> changes = new ArrayList<>();
		changes.add(TicketDocuments.said(messages.entries()));
		if (!messages.attachmentUrls().isEmpty()) {
			changes.add(Updates.addEachToSet("attachmentUrls", messages.attachmentUrls()));
		}
		return changes;
	}

}

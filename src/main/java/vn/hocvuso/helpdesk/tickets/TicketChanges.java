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

/**
 * The changes to tickets that come from residents' messages and from the clock, each one
 * atomic and announced to the live pages. Only escalation decides when to make them (the
 * console's own actions are in {@link ConsoleActions}); an architecture rule keeps it so.
 */
@Service
public class TicketChanges {

	static final List<TicketState> OPEN = List.of(TicketState.WAITING, TicketState.CLAIMED, TicketState.ANSWERED);

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
		return this.store.change(ticket.id(), List.of(TicketState.RESOLVED), Updates.combine(changes))
			.flatMap((reopened) -> this.news.announce(reopened, "reopened", "Người dân nhắn lại, phiếu được mở lại"))
			.onErrorResume(TicketStore::isDuplicate, (anotherOpen) -> Mono.empty());
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
					Updates.push("conversation",
							TicketDocuments.entry(Ticket.Entry.system(this.clock.instant(), text))))
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
		changes.add(Updates.pushEach("conversation", messages.entries().stream().map(TicketDocuments::entry).toList()));
		if (!messages.attachmentUrls().isEmpty()) {
			changes.add(Updates.addEachToSet("attachmentUrls", messages.attachmentUrls()));
		}
		return changes;
	}

}

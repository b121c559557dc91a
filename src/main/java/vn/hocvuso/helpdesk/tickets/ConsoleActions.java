package vn.hocvuso.helpdesk.tickets;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import vn.hocvuso.helpdesk.delivery.Reply;
import vn.hocvuso.helpdesk.delivery.ReplyDelivery;
import vn.hocvuso.helpdesk.metrics.MeterNames;
import vn.hocvuso.helpdesk.text.Redactor;
import vn.hocvuso.helpdesk.wards.WardDirectory;

/**
 * What a person does with a ticket on the console: claim it (when two claim at once
 * exactly one wins), release it, reply through the resident's own channel, resolve it,
 * move it to another group. Each is one atomic change that names the state it expects; a
 * refusal is a problem with what to tell the person.
 */
@Service
class ConsoleActions {

	static final int MAX_REPLY_LENGTH = 2000, MAX_NOTE_LENGTH = 500;

	private static final List<TicketState> OWNED = List.of(TicketState.CLAIMED, TicketState.ANSWERED);

	private static final String CHANGED = "Phiếu đã thay đổi, hãy tải lại trang.";

	private final TicketStore store;

	private final TicketViewers viewers;

	private final TicketNews news;

	private final WardDirectory ward;

	private final ReplyDelivery delivery;

	/** The ticket keeps the ambassador's words masked; only the reply itself has them. */
	private final Redactor redactor = new Redactor();

	private final MeterRegistry meters;

	private final Clock clock;

	ConsoleActions(TicketStore store, TicketViewers viewers, TicketNews news, WardDirectory ward,
			ReplyDelivery delivery, MeterRegistry meters, Clock clock) {
		this.store = store;
		this.viewers = viewers;
		this.news = news;
		this.ward = ward;
		this.delivery = delivery;
		this.meters = meters;
		this.clock = clock;
	}

	/** Takes a waiting ticket; when two people claim at once exactly one wins. */
	Mono<Ticket> claim(Viewer viewer, String id) {
		Instant now = this.clock.instant();
		return this.viewers.visible(viewer, id)
			.flatMap(
					(ticket) -> this.store
						.change(id, List.of(TicketState.WAITING),
								Updates.combine(Updates.set("state", TicketState.CLAIMED.name()),
										Updates.set("claimedBy", viewer.username()),
										Updates.set("claimedAt", Date.from(now)),
										TicketDocuments
											.said(Ticket.Entry.system(now, viewer.username() + " đã nhận phiếu"))))
						.switchIfEmpty(Mono.error(() -> TicketProblem.conflict("Đã có người nhận phiếu này."))))
			.flatMap((claimed) -> {
				record(MeterNames.TICKET_CLAIM_TIME, claimed, Duration.between(claimed.openedAt(), now));
				return this.news.announce(claimed, "claimed", viewer.username() + " đã nhận phiếu");
			});
	}

	/** Gives a claimed ticket back to the group; the bot speaks again. */
	Mono<Ticket> release(Viewer viewer, String id) {
		Instant now = this.clock.instant();
		return owned(viewer, id)
			.flatMap((ticket) -> this.store.change(byOwner(ticket),
					Updates.combine(Updates.set("state", TicketState.WAITING.name()), Updates.unset("claimedBy"),
							Updates.unset("claimedAt"),
							TicketDocuments.said(Ticket.Entry.system(now, viewer.username() + " đã trả phiếu")))))
			.switchIfEmpty(Mono.error(() -> TicketProblem.conflict(CHANGED)))
			.flatMap((released) -> this.news.announce(released, "released", "Phiếu được trả lại"));
	}

	/**
	 * Sends the ambassador's words to the resident through the resident's own channel.
	 */
	Mono<Ticket> reply(Viewer viewer, String id, String text) {
		String message = text.strip();
		if (message.isEmpty() || message.length() > MAX_REPLY_LENGTH) {
			return Mono.error(new TicketProblem(HttpStatus.BAD_REQUEST,
					"Tin trả lời cần có nội dung, tối đa " + MAX_REPLY_LENGTH + " ký tự."));
		}
		Instant now = this.clock.instant();
		String replyId = new ObjectId().toHexString();
		return owned(viewer,
				id)
			.flatMap((ticket) -> this.store
				.change(byOwner(ticket), Updates.combine(Updates.set("state", TicketState.ANSWERED.name()),
						// Not $min: a stored null sorts before every date and would stay.
						Updates.set("firstAnsweredAt",
								Date.from((ticket.firstAnsweredAt() != null) ? ticket.firstAnsweredAt() : now)),
						TicketDocuments.said(Ticket.Entry.ambassador(now, this.redactor.redact(message),
								viewer.username(), replyId))))
				.switchIfEmpty(Mono.error(() -> TicketProblem.conflict(CHANGED)))
				.flatMap((answered) -> this.delivery
					.enqueue(new Reply(replyId, answered.channel(), answered.channelUserId(), null, message, List.of(),
							null, lastHeard(answered)))
					.then(this.news.announce(answered, "answered", viewer.username() + " đã trả lời"))));
	}

	/**
	 * When the resident last wrote on this ticket, where the channel's reply window
	 * starts.
	 */
	private static @Nullable Instant lastHeard(Ticket ticket) {
		return ticket.conversation()
			.stream()
			.filter((entry) -> entry.author() == Ticket.Author.RESIDENT)
			.map(Ticket.Entry::at)
			.max(Comparator.naturalOrder())
			.orElse(null);
	}

	/**
	 * Closes the ticket with a note; the listeners then follow up (the feedback
	 * question).
	 */
	Mono<Ticket> resolve(Viewer viewer, String id, String note) {
		String outcome = note.strip();
		if (outcome.length() > MAX_NOTE_LENGTH) {
			return Mono.error(
					new TicketProblem(HttpStatus.BAD_REQUEST, "Ghi chú kết quả tối đa " + MAX_NOTE_LENGTH + " ký tự."));
		}
		Instant now = this.clock.instant();
		return this.viewers.visible(viewer, id).flatMap((ticket) -> {
			boolean owner = viewer.username().equals(ticket.claimedBy());
			if (!owner && !viewer.staff()) {
				return Mono.error(TicketProblem.conflict((ticket.claimedBy() == null)
						? "Hãy bấm «Nhận phiếu» trước khi đánh dấu đã xong." : "Phiếu này do người khác nhận."));
			}
			List<TicketState> from = viewer.staff() ? TicketChanges.OPEN : OWNED;
			return this.store.resolve(id, from, now, Updates.combine(Updates.set("resolvedBy", viewer.username()),
					Updates.set("outcomeNote", outcome), TicketDocuments.said(Ticket.Entry.system(now,
							viewer.username() + " đã đánh dấu xong" + (outcome.isEmpty() ? "" : ": " + outcome)))));
		}).switchIfEmpty(Mono.error(() -> TicketProblem.conflict(CHANGED))).flatMap((resolved) -> {
			record(MeterNames.TICKET_RESOLVE_TIME, resolved, Duration.between(resolved.openedAt(), now));
			return this.news.announce(resolved, "resolved", "Phiếu đã xong").flatMap(this.news::resolved);
		});
	}

	/** Moves the ticket to another residential group; the listeners move the resident. */
	Mono<Ticket> changeGroup(Viewer viewer, String id, String groupCode) {
		return this.ward.ward()
			.flatMap((ward) -> ward.group(groupCode)
				.map(Mono::just)
				.orElseGet(() -> Mono
					.error(new TicketProblem(HttpStatus.BAD_REQUEST, "Không có tổ dân phố mã " + groupCode + "."))))
			.then(this.viewers.visible(viewer, id))
			.flatMap((ticket) -> this.store.change(id, TicketChanges.OPEN, Updates.set("groupCode", groupCode))
				.switchIfEmpty(Mono.error(() -> TicketProblem.conflict("Phiếu đã xong, không đổi tổ được.")))
				.flatMap((moved) -> this.news.announce(moved, "updated", "Đã chuyển sang " + groupCode))
				.flatMap(this.news::moved));
	}

	/** The ticket, when the viewer owns it (or is staff) and it is still owned. */
	private Mono<Ticket> owned(Viewer viewer, String id) {
		return this.viewers.visible(viewer, id).flatMap((ticket) -> {
			if (ticket.state() == TicketState.WAITING) {
				return Mono.error(TicketProblem.conflict("Hãy bấm «Nhận phiếu» trước."));
			}
			if (!ticket.state().ownedByPerson()) {
				return Mono.error(TicketProblem.conflict("Phiếu đã xong."));
			}
			if (!viewer.username().equals(ticket.claimedBy()) && !viewer.staff()) {
				return Mono.error(TicketProblem.conflict("Phiếu này do " + ticket.claimedBy() + " nhận."));
			}
			return Mono.just(ticket);
		});
	}

	/** The ticket as long as it is still owned by the same person. */
	private static Bson byOwner(Ticket ticket) {
		return Filters.and(Filters.eq("_id", ticket.id()), Filters.in("state", TicketStore.names(OWNED)),
				Filters.eq("claimedBy", ticket.claimedBy()));
	}

	private void record(String meter, Ticket ticket, Duration duration) {
		Timer.builder(meter)
			.tag(MeterNames.PRIORITY, ticket.urgent() ? "urgent" : "normal")
			.register(this.meters)
			.record(duration);
	}

}

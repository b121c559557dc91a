package vn.hocvuso.helpdesk.tickets;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;

import vn.hocvuso.helpdesk.cases.SupportCase;
import vn.hocvuso.helpdesk.cases.CaseStore;
import vn.hocvuso.helpdesk.delivery.Reply;
import vn.hocvuso.helpdesk.delivery.ReplyDelivery;
import vn.hocvuso.helpdesk.metrics.MeterNames;
import vn.hocvuso.helpdesk.residents.ResidentDirectory;
import vn.hocvuso.helpdesk.residents.ResidentSession;
import vn.hocvuso.helpdesk.shared.ChannelType;
import vn.hocvuso.helpdesk.wards.Ambassador;
import vn.hocvuso.helpdesk.wards.ResidentialGroup;
import vn.hocvuso.helpdesk.wards.Ward;
import vn.hocvuso.helpdesk.wards.WardDirectory;
import vn.hocvuso.helpdesk.shared.Periodically;

/**
 * Everything that happens to tickets: opened from the bot's escalations, offered to the
 * resident's group, made ward-wide when overdue, claimed by one ambassador, answered
 * through the resident's own channel, released or resolved, reopened when the resident
 * writes again soon after.
 */
@Service
public class TicketService implements InitializingBean, SmartLifecycle {

	static final String URGENT_SCAM = "Có thể đã bị lừa đảo";

	static final String URGENT_REPEATED = "Hỏi lại nhiều lần mà bot chưa giúp được";

	static final String URGENT_REOPENED = "Người dân nhắn lại sau khi phiếu đã xong";

	static final String URGENT_UNDELIVERABLE = "Tin trả lời của bot không tới được người dân: cần gọi điện";

	static final String FEEDBACK_QUESTION = "Dạ, Đại sứ số đã xử lý xong yêu cầu của bác. Cách hỗ trợ vừa rồi có giúp được bác không ạ?";

	/** The two answers offered to the feedback question. */
	public static final String HELPFUL_LABEL = "Có ích", NOT_HELPFUL_LABEL = "Chưa giúp được";

	static final int MAX_REPLY_LENGTH = 2000, MAX_NOTE_LENGTH = 500;

	private static final Logger log = LoggerFactory.getLogger(TicketService.class);

	private static final List<TicketState> OWNED = List.of(TicketState.CLAIMED, TicketState.ANSWERED);

	private static final List<TicketState> OPEN = List.of(TicketState.WAITING, TicketState.CLAIMED,
			TicketState.ANSWERED);

	private final TicketStore tickets;

	private final WardDirectory ward;

	private final ReplyDelivery delivery;

	private final CaseStore cases;

	private final ResidentDirectory residents;

	private final TicketEvents events;

	private final TicketProperties properties;

	private final MeterRegistry meters;

	private final ObjectProvider<ResolvedTicketListener> listeners;

	private final Clock clock;

	private final Periodically overdueWatch;

	TicketService(MongoDatabase database, WardDirectory ward, ReplyDelivery delivery, CaseStore cases,
			ResidentDirectory residents, TicketEvents events, TicketProperties properties, MeterRegistry meters,
			ObjectProvider<ResolvedTicketListener> listeners, ObjectProvider<TicketListener> changeListeners,
			Clock clock) {
		this.tickets = new TicketStore(database, changeListeners);
		this.ward = ward;
		this.delivery = delivery;
		this.cases = cases;
		this.residents = residents;
		this.events = events;
		this.properties = properties;
		this.meters = meters;
		this.listeners = listeners;
		this.clock = clock;
		this.overdueWatch = new Periodically(properties.checkEvery(), properties.checkEvery(), this::offerOverdueToWard,
				log, "Looking for overdue tickets failed");
	}

	// --- from the conversation ---

	/**
	 * The resident's open ticket, or the one resolved within the reopen window (state
	 * {@code RESOLVED}); empty when neither.
	 */
	public Mono<Ticket> current(String residentId) {
		return this.tickets.findOpen(residentId)
			.switchIfEmpty(Mono.defer(() -> this.tickets.findResolvedSince(residentId,
					this.clock.instant().minus(this.properties.reopenWithin()))));
	}

	/** Opens a ticket for a message the bot could not settle. */
	public Mono<Ticket> open(NewTicket request) {
		Instant now = this.clock.instant();
		SupportCase supportCase = request.supportCase();
		String urgent = supportCase.urgent() ? URGENT_SCAM
				: SupportCase.UNDELIVERABLE.equals(supportCase.escalationReason()) ? URGENT_UNDELIVERABLE : null;
		String group = request.resident().groupCode();
		Ticket ticket = new Ticket(new ObjectId().toHexString(), request.resident().id(), supportCase.channel(),
				request.resident().channelUserId(), group, TicketState.WAITING, urgent, group == null, now,
				now.plus(claimWithin(urgent != null)), false, null, null, null, null, null, null, 0, supportCase.id(),
				request.guesses(), supportCase.attachmentUrls(), entries(request), null, 0);
		return this.tickets.insert(ticket)
			.flatMap((opened) -> announce(opened, "opened", "Phiếu mới").then(notifyGroup(opened)).thenReturn(opened))
			// Opened meanwhile by another message: this one joins it.
			.switchIfEmpty(Mono.defer(() -> this.tickets.findOpen(ticket.residentId())
				.flatMap((open) -> addMessage(open, request, true))));
	}

	/**
	 * Adds a resident's new message (and the bot's answer, if any) to their open ticket;
	 * a second failure of the bot while nobody has claimed it makes it urgent.
	 */
	public Mono<Ticket> addMessage(Ticket ticket, NewTicket request, boolean botFailed) {
		List<Bson> changes = new ArrayList<>(pushes(request));
		boolean nowUrgent = botFailed && ticket.state() == TicketState.WAITING && !ticket.urgent();
		if (nowUrgent) {
			changes.add(Updates.set("urgentReason", URGENT_REPEATED));
			changes.add(Updates.set("urgent", true));
			changes.add(Updates.min("slaDueAt", Date.from(ticket.openedAt().plus(claimWithin(true)))));
		}
		return this.tickets.change(ticket.id(), OPEN, Updates.combine(changes))
			.flatMap((updated) -> announce(updated, "updated",
					nowUrgent ? "Người dân hỏi lại, phiếu thành khẩn" : "Người dân nhắn thêm")
				.thenReturn(updated));
	}

	/** The resident wrote again soon after resolution: the ticket is offered again. */
	public Mono<Ticket> reopen(Ticket ticket, NewTicket request) {
		Instant now = this.clock.instant();
		List<Bson> changes = new ArrayList<>(pushes(request));
		changes.addAll(
				List.of(Updates.set("state", TicketState.WAITING.name()), Updates.set("activeFor", ticket.residentId()),
						Updates.inc("reopenCount", 1), Updates.set("urgentReason", URGENT_REOPENED),
						Updates.set("urgent", true), Updates.set("wardWide", ticket.groupCode() == null),
						Updates.set("slaDueAt", Date.from(now.plus(claimWithin(true)))), Updates.set("overdue", false),
						Updates.unset("claimedBy"), Updates.unset("claimedAt"), Updates.unset("resolvedAt"),
						Updates.unset("resolvedBy"), Updates.unset("feedback")));
		return this.tickets.change(ticket.id(), List.of(TicketState.RESOLVED), Updates.combine(changes))
			.flatMap((reopened) -> announce(reopened, "reopened", "Người dân nhắn lại, phiếu được mở lại")
				.then(notifyGroup(reopened))
				.thenReturn(reopened))
			// Another ticket was opened meanwhile (the unique key is taken): join that
			// one.
			.onErrorResume(TicketStore::isDuplicate, (alreadyOpen) -> open(request));
	}

	/** Routes the resident's open ticket to the group they named. */
	public Mono<Void> assignGroup(String residentId, String groupCode) {
		return this.tickets.findOpen(residentId)
			.flatMap((ticket) -> this.tickets.change(ticket.id(), OPEN,
					Updates.combine(Updates.set("groupCode", groupCode),
							Updates.set("wardWide", !this.clock.instant().isBefore(ticket.slaDueAt())))))
			.flatMap((routed) -> announce(routed, "updated", "Đã rõ tổ dân phố").then(notifyGroup(routed)))
			.then();
	}

	/**
	 * Stores the resident's answer to the feedback question, on the ticket and its case.
	 */
	public Mono<Void> recordFeedback(String ticketId, boolean helpful) {
		String feedback = helpful ? SupportCase.HELPFUL : SupportCase.NOT_HELPFUL;
		return this.tickets.change(Filters.eq("_id", ticketId), Updates.set("feedback", feedback))
			.flatMap((ticket) -> this.cases.recordFeedback(ticket.firstCaseId(), feedback)
				.then((ticket.state() == TicketState.RESOLVED) ? tellResolved(ticket) : Mono.empty()));
	}

	/** The resident's open ticket, if any. */
	Mono<Ticket> findOpen(String residentId) {
		return this.tickets.findOpen(residentId);
	}

	/** Adds a line from the help desk itself to the conversation; live pages reload. */
	Mono<Ticket> note(Ticket ticket, String text) {
		return this.tickets
			.change(Filters.eq("_id", ticket.id()), Updates.push("conversation", system(this.clock.instant(), text)))
			.flatMap((noted) -> announce(noted, "updated", text).thenReturn(noted));
	}

	// --- from the console ---

	/** Who is asking: staff, or an ambassador with their groups. */
	public Mono<Viewer> viewer(Authentication authentication) {
		boolean staff = authentication.getAuthorities()
			.stream()
			.anyMatch((authority) -> "ROLE_STAFF".equals(authority.getAuthority()));
		String username = authentication.getName();
		return this.ward.ward()
			.map((ward) -> new Viewer(username, staff,
					ward.ambassador(username).map(Ambassador::groupCodes).orElse(List.of())));
	}

	public Flux<Ticket> queue(Viewer viewer) {
		return this.tickets.findOpen(viewer);
	}

	public Flux<Ticket> resolved(Viewer viewer, int limit) {
		return this.tickets.findResolved(viewer, limit);
	}

	/** One ticket, if the viewer may see it; a refusal is logged. */
	public Mono<Ticket> get(Viewer viewer, String id) {
		return this.tickets.find(id).switchIfEmpty(Mono.error(TicketProblem::notFound)).flatMap((ticket) -> {
			if (!viewer.canSee(ticket)) {
				log.warn("Refused ticket {} to '{}': outside their groups", id, viewer.username());
				return Mono.error(TicketProblem.forbidden());
			}
			return Mono.just(ticket);
		});
	}

	/** Takes a waiting ticket; when two people claim at once exactly one wins. */
	public Mono<Ticket> claim(Viewer viewer, String id) {
		Instant now = this.clock.instant();
		return get(viewer, id)
			.flatMap(
					(ticket) -> this.tickets
						.change(id, List.of(TicketState.WAITING),
								Updates.combine(Updates.set("state", TicketState.CLAIMED.name()),
										Updates.set("claimedBy", viewer.username()),
										Updates.set("claimedAt", Date.from(now)),
										Updates.push("conversation",
												system(now, viewer.username() + " đã nhận phiếu"))))
						.switchIfEmpty(Mono.error(() -> TicketProblem.conflict("Đã có người nhận phiếu này."))))
			.flatMap((claimed) -> {
				record(MeterNames.TICKET_CLAIM_TIME, claimed, Duration.between(claimed.openedAt(), now));
				return announce(claimed, "claimed", viewer.username() + " đã nhận phiếu").thenReturn(claimed);
			});
	}

	/** Gives a claimed ticket back to the group; the bot speaks again. */
	public Mono<Ticket> release(Viewer viewer, String id) {
		Instant now = this.clock.instant();
		return owned(viewer, id)
			.flatMap((ticket) -> this.tickets.change(byOwner(ticket),
					Updates.combine(Updates.set("state", TicketState.WAITING.name()), Updates.unset("claimedBy"),
							Updates.unset("claimedAt"),
							Updates.push("conversation", system(now, viewer.username() + " đã trả phiếu")))))
			.switchIfEmpty(Mono.error(() -> TicketProblem.conflict("Phiếu đã thay đổi, hãy tải lại trang.")))
			.flatMap((released) -> announce(released, "released", "Phiếu được trả lại").thenReturn(released));
	}

	/**
	 * Sends the ambassador's words to the resident through the resident's own channel.
	 */
	public Mono<Ticket> reply(Viewer viewer, String id, String text) {
		String message = text.strip();
		if (message.isEmpty() || message.length() > MAX_REPLY_LENGTH) {
			return Mono.error(new TicketProblem(HttpStatus.BAD_REQUEST,
					"Tin trả lời cần có nội dung, tối đa " + MAX_REPLY_LENGTH + " ký tự."));
		}
		Instant now = this.clock.instant();
		String replyId = new ObjectId().toHexString();
		return owned(viewer, id).flatMap((ticket) -> this.tickets
			.change(byOwner(ticket), Updates.combine(Updates.set("state", TicketState.ANSWERED.name()),
					// Not $min: a stored null sorts before every date and would stay.
					Updates.set("firstAnsweredAt",
							Date.from((ticket.firstAnsweredAt() != null) ? ticket.firstAnsweredAt() : now)),
					Updates.push("conversation",
							TicketDocuments.entry(new Ticket.Entry(now, Ticket.Author.AMBASSADOR, message,
									viewer.username(), null, replyId)))))
			.switchIfEmpty(Mono.error(() -> TicketProblem.conflict("Phiếu đã thay đổi, hãy tải lại trang.")))
			.flatMap((answered) -> this.delivery
				.enqueue(new Reply(replyId, answered.channel(), answered.channelUserId(), null, message, List.of()))
				.then(announce(answered, "answered", viewer.username() + " đã trả lời"))
				.thenReturn(answered)));
	}

	/** Closes the ticket with a note, and asks the resident whether it helped. */
	public Mono<Ticket> resolve(Viewer viewer, String id, String note) {
		String outcome = note.strip();
		if (outcome.length() > MAX_NOTE_LENGTH) {
			return Mono.error(
					new TicketProblem(HttpStatus.BAD_REQUEST, "Ghi chú kết quả tối đa " + MAX_NOTE_LENGTH + " ký tự."));
		}
		Instant now = this.clock.instant();
		return get(viewer, id).flatMap((ticket) -> {
			boolean owner = viewer.username().equals(ticket.claimedBy());
			if (!owner && !viewer.staff()) {
				return Mono.error(TicketProblem.conflict((ticket.claimedBy() == null)
						? "Hãy bấm «Nhận phiếu» trước khi đánh dấu đã xong." : "Phiếu này do người khác nhận."));
			}
			Bson filter = Filters.and(Filters.eq("_id", id), Filters.in("state", names(viewer.staff() ? OPEN : OWNED)));
			return this.tickets.change(filter, Updates.combine(Updates.set("state", TicketState.RESOLVED.name()),
					Updates.set("activeFor", TicketDocuments.resolvedKey(id)),
					Updates.set("resolvedAt", Date.from(now)), Updates.set("resolvedBy", viewer.username()),
					Updates.set("outcomeNote", outcome), Updates.push("conversation", system(now,
							viewer.username() + " đã đánh dấu xong" + (outcome.isEmpty() ? "" : ": " + outcome)))));
		})
			.switchIfEmpty(Mono.error(() -> TicketProblem.conflict("Phiếu đã thay đổi, hãy tải lại trang.")))
			.flatMap((resolved) -> {
				record(MeterNames.TICKET_RESOLVE_TIME, resolved, Duration.between(resolved.openedAt(), now));
				return askFeedback(resolved).then(announce(resolved, "resolved", "Phiếu đã xong"))
					.then(tellResolved(resolved))
					.thenReturn(resolved);
			});
	}

	/** Moves the ticket, and the resident, to another residential group. */
	public Mono<Ticket> changeGroup(Viewer viewer, String id, String groupCode) {
		return this.ward.ward()
			.flatMap((ward) -> ward.group(groupCode)
				.map(Mono::just)
				.orElseGet(() -> Mono
					.error(new TicketProblem(HttpStatus.BAD_REQUEST, "Không có tổ dân phố mã " + groupCode + "."))))
			.then(get(viewer, id))
			.flatMap((ticket) -> this.tickets.change(id, OPEN, Updates.set("groupCode", groupCode))
				.switchIfEmpty(Mono.error(() -> TicketProblem.conflict("Phiếu đã xong, không đổi tổ được.")))
				.flatMap((moved) -> this.residents.identify(moved.channel(), moved.channelUserId())
					.flatMap((resident) -> this.residents.setGroup(resident, groupCode))
					.then(announce(moved, "updated", "Đã chuyển sang " + groupCode))
					.then(notifyGroup(moved))
					.thenReturn(moved)));
	}

	/** Every ticket, in batches: for rebuilding counters, not for pages. */
	public Flux<Ticket> all() {
		return this.tickets.stream(Filters.empty());
	}

	/** Every ticket opened before {@code end}, in batches: for drilling down. */
	public Flux<Ticket> openedBefore(Instant end) {
		return this.tickets.stream(Filters.lt("openedAt", Date.from(end)));
	}

	/** The tickets that these cases opened (a case opens at most one). */
	public Flux<Ticket> openedBy(List<String> caseIds) {
		return caseIds.isEmpty() ? Flux.empty() : this.tickets.openedBy(caseIds);
	}

	/** The delivery state of an ambassador's reply, for the ticket page. */
	public Mono<String> replyStatus(String replyId) {
		return this.delivery.status(replyId).map(Enum::name);
	}

	/** Live news about the tickets this viewer may see. */
	public Flux<org.springframework.http.codec.ServerSentEvent<Object>> events(Viewer viewer) {
		return this.events.stream(viewer);
	}

	// --- overdue tickets ---

	/**
	 * Marks every waiting ticket past its time overdue, offers it to the whole ward and
	 * tells staff; each ticket is taken by one instance only. Ambassadors outside its
	 * group hear of it on Zalo (a ticket without a group was offered to all of them).
	 */
	Mono<Long> offerOverdueToWard() {
		return this.tickets.takeOverdue(this.clock.instant())
			.expand((ticket) -> this.tickets.takeOverdue(this.clock.instant()))
			.concatMap((ticket) -> announce(ticket, "overdue",
					"Quá hạn chưa ai nhận: chuyển cho cả phường" + (ticket.urgent() ? " (khẩn)" : ""))
				.then(this.ward.ward()
					.flatMap((ward) -> notify(ward,
							ward.ambassadors()
								.stream()
								.filter((ambassador) -> !ambassador.looksAfter(ticket.groupCode()))
								.toList(),
							ticket, "Phiếu quá hạn chưa ai nhận, cần người hỗ trợ")))
				.thenReturn(ticket))
			.count();
	}

	// --- helpers ---

	private Mono<Ticket> owned(Viewer viewer, String id) {
		return get(viewer, id).flatMap((ticket) -> {
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
		return Filters.and(Filters.eq("_id", ticket.id()), Filters.in("state", names(OWNED)),
				Filters.eq("claimedBy", ticket.claimedBy()));
	}

	private Mono<Void> askFeedback(Ticket ticket) {
		Reply question = new Reply(new ObjectId().toHexString(), ticket.channel(), ticket.channelUserId(), null,
				FEEDBACK_QUESTION, List.of(Reply.QuickReply.of(HELPFUL_LABEL), Reply.QuickReply.of(NOT_HELPFUL_LABEL)));
		return this.residents.identify(ticket.channel(), ticket.channelUserId())
			.flatMap(
					(resident) -> this.residents.updateSession(resident, ResidentSession.askedForFeedback(ticket.id())))
			.then(this.delivery.enqueue(question));
	}

	private Mono<Void> tellResolved(Ticket ticket) {
		return Flux.fromStream(this.listeners.orderedStream())
			.concatMap((listener) -> listener.resolved(ticket).onErrorResume((error) -> {
				log.warn("A listener failed on resolved ticket {}", ticket.id(), error);
				return Mono.empty();
			}))
			.then();
	}

	private Mono<Void> notifyGroup(Ticket ticket) {
		return this.ward.ward()
			.flatMap((ward) -> notify(ward, recipients(ward, ticket), ticket,
					ticket.urgent() ? "Phiếu KHẨN mới" : "Phiếu hỗ trợ mới"));
	}

	private static List<Ambassador> recipients(Ward ward, Ticket ticket) {
		return (ticket.groupCode() == null || ticket.wardWide()) ? ward.ambassadors()
				: ward.ambassadorsOf(ticket.groupCode());
	}

	/**
	 * Tells ambassadors on Zalo, when they gave their Zalo id and the Zalo channel is on:
	 * which group, the resident's last words (redacted) and a link to the ticket.
	 */
	private Mono<Void> notify(Ward ward, List<Ambassador> ambassadors, Ticket ticket, String headline) {
		if (!this.delivery.canSend(ChannelType.ZALO)) {
			return Mono.empty();
		}
		String group = (ticket.groupCode() != null)
				? ward.group(ticket.groupCode()).map(ResidentialGroup::label).orElse(ticket.groupCode())
				: "chưa rõ tổ dân phố";
		String text = headline + " – " + group + ": «" + firstWords(ticket) + "»"
				+ (this.properties.consoleUrl().isBlank() ? ""
						: "\nMở phiếu: " + this.properties.consoleUrl().replaceAll("/+$", "")
								+ "/console/ticket.html?id=" + ticket.id());
		return Flux.fromIterable(ambassadors)
			.filter((ambassador) -> ambassador.zaloUserId() != null)
			.concatMap((ambassador) -> this.delivery.enqueue(new Reply(new ObjectId().toHexString(), ChannelType.ZALO,
					ambassador.zaloUserId(), null, text, List.of())))
			.then();
	}

	private static String firstWords(Ticket ticket) {
		String text = ticket.conversation()
			.stream()
			.filter((entry) -> entry.author() == Ticket.Author.RESIDENT)
			.map(Ticket.Entry::text)
			.reduce((first, later) -> later)
			.orElse("");
		return (text.length() > 120) ? text.substring(0, 117) + "..." : text;
	}

	private Mono<Void> announce(Ticket ticket, String kind, String message) {
		return Mono.fromRunnable(() -> {
			this.meters.counter(MeterNames.TICKET_EVENTS, MeterNames.KIND, kind).increment();
			this.events.publish(new TicketEvent(kind, ticket.id(), ticket.urgent(), message, ticket));
		});
	}

	private void record(String meter, Ticket ticket, Duration duration) {
		Timer.builder(meter)
			.tag(MeterNames.PRIORITY, ticket.urgent() ? "urgent" : "normal")
			.register(this.meters)
			.record(duration);
	}

	private Duration claimWithin(boolean urgent) {
		return urgent ? this.properties.urgentClaimWithin() : this.properties.claimWithin();
	}

	private static List<Bson> pushes(NewTicket request) {
		List<Bson> changes = new ArrayList<>();
		changes.add(Updates.pushEach("conversation", entries(request).stream().map(TicketDocuments::entry).toList()));
		if (!request.supportCase().attachmentUrls().isEmpty()) {
			changes.add(Updates.addEachToSet("attachmentUrls", request.supportCase().attachmentUrls()));
		}
		return changes;
	}

	private static List<Ticket.Entry> entries(NewTicket request) {
		SupportCase supportCase = request.supportCase();
		List<Ticket.Entry> entries = new ArrayList<>();
		entries.add(new Ticket.Entry(supportCase.receivedAt(), Ticket.Author.RESIDENT, supportCase.text(), null,
				supportCase.id(), null));
		if (request.botReply() != null) {
			// The bot's reply has the case's id in the outbox: the page shows if it
			// arrived.
			entries.add(new Ticket.Entry(supportCase.receivedAt(), Ticket.Author.BOT, request.botReply(), null,
					supportCase.id(), supportCase.id()));
		}
		return entries;
	}

	private static org.bson.Document system(Instant at, String text) {
		return TicketDocuments.entry(new Ticket.Entry(at, Ticket.Author.SYSTEM, text, null, null, null));
	}

	private static List<String> names(List<TicketState> states) {
		return states.stream().map(TicketState::name).toList();
	}

	@Override
	public void afterPropertiesSet() {
		this.tickets.createIndexes().block(Duration.ofSeconds(30));
	}

	@Override
	public void start() {
		this.overdueWatch.start();
	}

	@Override
	public void stop() {
		this.overdueWatch.stop();
	}

	@Override
	public boolean isRunning() {
		return this.overdueWatch.isRunning();
	}

}

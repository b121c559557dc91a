package vn.hocvuso.helpdesk.escalation;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.hocvuso.helpdesk.cases.CaseStore;
import vn.hocvuso.helpdesk.delivery.ReplyUndeliverable;
import vn.hocvuso.helpdesk.residents.Resident;
import vn.hocvuso.helpdesk.residents.ResidentDirectory;
import vn.hocvuso.helpdesk.tickets.Ticket;
import vn.hocvuso.helpdesk.tickets.TicketChanges;
import vn.hocvuso.helpdesk.tickets.TicketQueries;

/**
 * A reply the resident's channel refused for good becomes a phone call by a person. The
 * case it answered is marked (it goes to a person); when the resident has an open ticket
 * the refusal is noted there, and a refused answer of the bot opens an urgent ticket for
 * the resident's group otherwise. Refused messages that answer no case and belong to no
 * open ticket (a feedback question, a notice to an ambassador) are left to the outbox's
 * record.
 */
@Component
class UndeliverableReplies {

	private static final Logger log = LoggerFactory.getLogger(UndeliverableReplies.class);

	private final TicketQueries tickets;

	private final TicketChanges changes;

	private final TicketRouting routing;

	private final ResidentDirectory residents;

	private final CaseStore cases;

	UndeliverableReplies(TicketQueries tickets, TicketChanges changes, TicketRouting routing,
			ResidentDirectory residents, CaseStore cases) {
		this.tickets = tickets;
		this.changes = changes;
		this.routing = routing;
		this.residents = residents;
		this.cases = cases;
	}

	/** Called on the thread that recorded the refusal: the work goes on without it. */
	@EventListener
	void on(ReplyUndeliverable refused) {
		markCase(refused).then(handOver(refused))
			.subscribe(null,
					(error) -> log.warn("Could not hand the refused reply {} to a person; the outbox still shows it",
							refused.replyId(), error));
	}

	private Mono<Void> markCase(ReplyUndeliverable refused) {
		String caseId = refused.caseId();
		return (caseId != null) ? this.cases.markUndeliverable(caseId, refused.reason()) : Mono.empty();
	}

	private Mono<Ticket> handOver(ReplyUndeliverable refused) {
		String note = "Không gửi được tin nhắn tới người dân qua " + refused.channel().label()
				+ " (quá thời hạn trả lời của kênh, hoặc người dân đã chặn hay bỏ theo dõi). Hãy gọi điện cho người dân.";
		return this.residents.known(refused.channel(), refused.channelUserId())
			.flatMap((resident) -> this.tickets.findOpen(resident.id())
				.filter((ticket) -> refused.caseId() != null || ticket.hasReply(refused.replyId()))
				.switchIfEmpty(Mono.defer(() -> openFor(resident, refused.caseId()))))
			.flatMap((ticket) -> this.changes.note(ticket, note));
	}

	/**
	 * A ticket for the bot's refused answer to this case; none for a reply to no case.
	 */
	private Mono<Ticket> openFor(Resident resident, @Nullable String caseId) {
		if (caseId == null) {
			return Mono.empty();
		}
		return this.cases.find(caseId)
			.flatMap((supportCase) -> this.routing
				.open(new TicketRequest(resident, supportCase, supportCase.reply(), List.of())));
	}

}

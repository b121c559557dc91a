package vn.hocvuso.helpdesk.escalation;

import java.util.List;

import org.bson.types.ObjectId;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import vn.hocvuso.helpdesk.cases.CaseStore;
import vn.hocvuso.helpdesk.delivery.Reply;
import vn.hocvuso.helpdesk.delivery.ReplyDelivery;
import vn.hocvuso.helpdesk.residents.ResidentDirectory;
import vn.hocvuso.helpdesk.residents.ResidentSession;
import vn.hocvuso.helpdesk.tickets.Ticket;
import vn.hocvuso.helpdesk.tickets.TicketListener;

/**
 * What follows a person's action on the console: a resolved ticket asks the resident
 * whether the help worked (their answer is read by {@link HandOffRules}); a ticket moved
 * to another residential group moves the resident too, and that group's ambassadors hear
 * of it.
 */
@Component
class ConsoleFollowUps implements TicketListener {

	static final String FEEDBACK_QUESTION = "Dạ, Đại sứ số đã xử lý xong yêu cầu của bác. Cách hỗ trợ vừa rồi có giúp được bác không ạ?";

	/** The two answers offered to the feedback question. */
	static final String HELPFUL_LABEL = "Có ích", NOT_HELPFUL_LABEL = "Chưa giúp được";

	private final ResidentDirectory residents;

	private final ReplyDelivery delivery;

	private final AmbassadorNotices notices;

	private final CaseStore cases;

	ConsoleFollowUps(ResidentDirectory residents, ReplyDelivery delivery, AmbassadorNotices notices, CaseStore cases) {
		this.residents = residents;
		this.delivery = delivery;
		this.notices = notices;
		this.cases = cases;
	}

	/** Asks the resident whether the help worked, with the two answers as buttons. */
	@Override
	public Mono<Void> resolved(Ticket ticket) {
		Reply question = new Reply(new ObjectId().toHexString(), ticket.channel(), ticket.channelUserId(), null,
				FEEDBACK_QUESTION, List.of(Reply.QuickReply.of(HELPFUL_LABEL), Reply.QuickReply.of(NOT_HELPFUL_LABEL)));
		return this.residents.identify(ticket.channel(), ticket.channelUserId())
			.flatMap(
					(resident) -> this.residents.updateSession(resident, ResidentSession.askedForFeedback(ticket.id())))
			.then(this.delivery.enqueue(question));
	}

	@Override
	public Mono<Void> moved(Ticket ticket) {
		String groupCode = ticket.groupCode();
		if (groupCode == null) {
			return Mono.empty();
		}
		return this.residents.identify(ticket.channel(), ticket.channelUserId())
			.flatMap((resident) -> this.residents.setGroup(resident, groupCode))
			.flatMap((resident) -> this.cases.assignGroup(resident.id(), groupCode))
			.then(this.notices.offer(ticket))
			.then();
	}

}

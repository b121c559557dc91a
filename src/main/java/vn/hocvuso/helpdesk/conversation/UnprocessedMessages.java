package vn.hocvuso.helpdesk.conversation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import vn.hocvuso.helpdesk.cases.CaseIds;
import vn.hocvuso.helpdesk.cases.CaseStatus;
import vn.hocvuso.helpdesk.cases.CaseStore;
import vn.hocvuso.helpdesk.cases.SupportCase;
import vn.hocvuso.helpdesk.delivery.Reply;
import vn.hocvuso.helpdesk.delivery.ReplyDelivery;
import vn.hocvuso.helpdesk.escalation.Escalation;
import vn.hocvuso.helpdesk.residents.ResidentDirectory;
import vn.hocvuso.helpdesk.shared.ChannelType;

/**
 * A message the help desk tried and failed to process several times: it must not end in
 * silence. Its case is stored without its text (reading the text is what failed), the
 * resident is told that a person will answer, and a person gets a ticket. A message whose
 * case was already stored gets the same hand-over for that case.
 */
@Component
class UnprocessedMessages {

	static final String TEXT = "[tin nhắn chưa xử lý được]";

	static final String REASON = "UNPROCESSABLE";

	static final String REPLY = "Dạ, cháu chưa đọc được tin nhắn vừa rồi của bác. Cháu đã chuyển cho Đại sứ số của "
			+ "phường, người hỗ trợ sẽ nhắn lại bác sớm ạ.";

	private final ResidentDirectory residents;

	private final CaseStore cases;

	private final Escalation escalation;

	private final ReplyDelivery delivery;

	private final Clock clock;

	UnprocessedMessages(ResidentDirectory residents, CaseStore cases, Escalation escalation, ReplyDelivery delivery,
			Clock clock) {
		this.residents = residents;
		this.cases = cases;
		this.escalation = escalation;
		this.delivery = delivery;
		this.clock = clock;
	}

	Mono<Void> handOver(ChannelType channel, String channelUserId, String messageId) {
		return this.residents.identify(channel, channelUserId)
			.flatMap((resident) -> this.escalation.situation(resident).flatMap((situation) -> {
				Instant now = this.clock.instant();
				SupportCase unread = SupportCase
					.received(CaseIds.newId(now), channel, resident.id(), messageId, TEXT, "", List.of(), now,
							resident.groupCode())
					.withOutcome(
							new SupportCase.Outcome(null, 0, "escalate", REASON, REPLY, CaseStatus.ESCALATED, false),
							this.clock.instant());
				return this.cases.open(unread).flatMap((opened) -> {
					SupportCase supportCase = opened.supportCase();
					Reply reply = new Reply(supportCase.id(), channel, channelUserId, supportCase.id(), REPLY,
							List.of());
					return this.escalation.carryOut(situation.after(true), resident, supportCase, "", REPLY, null)
						.then(this.delivery.enqueue(reply));
				});
			}));
	}

}

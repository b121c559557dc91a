package vn.hocvuso.helpdesk.escalation;

import java.util.List;

import org.bson.types.ObjectId;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import vn.hocvuso.helpdesk.delivery.Reply;
import vn.hocvuso.helpdesk.delivery.ReplyDelivery;
import vn.hocvuso.helpdesk.shared.ChannelType;
import vn.hocvuso.helpdesk.tickets.Ticket;
import vn.hocvuso.helpdesk.wards.Ambassador;
import vn.hocvuso.helpdesk.wards.ResidentialGroup;
import vn.hocvuso.helpdesk.wards.Ward;
import vn.hocvuso.helpdesk.wards.WardDirectory;

/**
 * Tells ambassadors on Zalo about tickets that need them, when they gave their Zalo id
 * and the Zalo channel is on: which group, the resident's last words (redacted) and a
 * link to the ticket.
 */
@Component
class AmbassadorNotices {

	private final WardDirectory ward;

	private final ReplyDelivery delivery;

	private final EscalationProperties properties;

	AmbassadorNotices(WardDirectory ward, ReplyDelivery delivery, EscalationProperties properties) {
		this.ward = ward;
		this.delivery = delivery;
		this.properties = properties;
	}

	/**
	 * A new, reopened or rerouted ticket: its group's ambassadors hear of it, or all of
	 * them when its group is unknown or it went ward-wide.
	 */
	Mono<Ticket> offer(Ticket ticket) {
		return this.ward.ward()
			.flatMap((ward) -> notify(ward, recipients(ward, ticket), ticket,
					ticket.urgent() ? "Phiếu KHẨN mới" : "Phiếu hỗ trợ mới"))
			.thenReturn(ticket);
	}

	/**
	 * A ticket nobody claimed in time: the ambassadors outside its group hear of it (a
	 * ticket without a group was offered to all of them).
	 */
	Mono<Ticket> overdue(Ticket ticket) {
		return this.ward.ward()
			.flatMap((ward) -> notify(ward,
					ward.ambassadors()
						.stream()
						.filter((ambassador) -> !ambassador.looksAfter(ticket.groupCode()))
						.toList(),
					ticket, "Phiếu quá hạn chưa ai nhận, cần người hỗ trợ"))
			.thenReturn(ticket);
	}

	private static List<Ambassador> recipients(Ward ward, Ticket ticket) {
		return (ticket.groupCode() == null || ticket.wardWide()) ? ward.ambassadors()
				: ward.ambassadorsOf(ticket.groupCode());
	}

	private Mono<Void> notify(Ward ward, List<Ambassador> ambassadors, Ticket ticket, String headline) {
		if (!this.delivery.canSend(ChannelType.ZALO)) {
			return Mono.empty();
		}
		String group = (ticket.groupCode() != null)
				? ward.group(ticket.groupCode()).map(ResidentialGroup::label).orElse(ticket.groupCode())
				: "chưa rõ tổ dân phố";
		String text = headline + " – " + group + ": «" + lastWords(ticket) + "»" + link(ticket);
		return Flux.fromIterable(ambassadors)
			.filter((ambassador) -> ambassador.zaloUserId() != null)
			.concatMap((ambassador) -> this.delivery.enqueue(new Reply(new ObjectId().toHexString(), ChannelType.ZALO,
					ambassador.zaloUserId(), null, text, List.of())))
			.then();
	}

	private String link(Ticket ticket) {
		String console = this.properties.consoleUrl();
		return console.isBlank() ? ""
				: "\nMở phiếu: " + console.replaceAll("/+$", "") + "/console/ticket.html?id=" + ticket.id();
	}

	private static String lastWords(Ticket ticket) {
		String text = ticket.conversation()
			.stream()
			.filter((entry) -> entry.author() == Ticket.Author.RESIDENT)
			.map(Ticket.Entry::text)
			.reduce((first, later) -> later)
			.orElse("");
		return (text.length() > 120) ? text.substring(0, 117) + "..." : text;
	}

}

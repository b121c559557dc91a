package vn.hocvuso.helpdesk.tickets;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import vn.hocvuso.helpdesk.residents.Contact;
import vn.hocvuso.helpdesk.residents.ResidentDirectory;
import vn.hocvuso.helpdesk.text.PhoneNumbers;

/**
 * The resident's phone number as the ticket page shows and edits it, and the name they
 * show on their channel. Only people who may see the ticket read or change it; the number
 * is kept on the resident, never in the conversation, a log or a metric.
 */
@Component
class PhoneBook {

	private final TicketViewers viewers;

	private final TicketChanges changes;

	private final ResidentDirectory residents;

	PhoneBook(TicketViewers viewers, TicketChanges changes, ResidentDirectory residents) {
		this.viewers = viewers;
		this.changes = changes;
		this.residents = residents;
	}

	/**
	 * How to reach the ticket's resident: their phone number and the name they show on
	 * their channel, when known.
	 */
	Mono<Contact> of(Ticket ticket) {
		return this.residents.contact(ticket.residentId());
	}

	/**
	 * Records the number an ambassador typed (an empty one forgets it) and notes that it
	 * changed, without the number.
	 */
	Mono<Ticket> record(Viewer viewer, String ticketId, @Nullable String input) {
		if (input == null) {
			return Mono.error(new TicketProblem(HttpStatus.BAD_REQUEST,
					"Hãy gửi số điện thoại trong trường «phone» (để trống để xoá số)."));
		}
		Optional<String> phone = PhoneNumbers.parse(input);
		if (!input.isBlank() && phone.isEmpty()) {
			return Mono.error(new TicketProblem(HttpStatus.BAD_REQUEST, "Số điện thoại chưa đúng. Hãy nhập số di động "
					+ "10 chữ số bắt đầu bằng 0 (ví dụ 0912 345 678) hoặc số bàn bắt đầu bằng 02."));
		}
		return this.viewers.visible(viewer, ticketId)
			.flatMap((ticket) -> this.residents.byId(ticket.residentId())
				.flatMap((resident) -> this.residents.setPhone(resident, phone.orElse(null)))
				.then(this.changes.note(ticket, viewer.username() + (phone.isPresent()
						? " đã ghi số điện thoại của người dân" : " đã xoá số điện thoại của người dân"))));
	}

}

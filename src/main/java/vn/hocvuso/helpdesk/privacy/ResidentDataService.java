package vn.hocvuso.helpdesk.privacy;

import java.time.Clock;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

import vn.hocvuso.helpdesk.audit.AuditStore;
import vn.hocvuso.helpdesk.cases.CaseStore;
import vn.hocvuso.helpdesk.cases.CaseTextsStore;
import vn.hocvuso.helpdesk.residents.Resident;
import vn.hocvuso.helpdesk.residents.ResidentDirectory;
import vn.hocvuso.helpdesk.residents.ResidentSession;
import vn.hocvuso.helpdesk.tickets.TicketQueries;
import vn.hocvuso.helpdesk.tickets.TicketTextsStore;

/**
 * Finds a resident (by their id, or by the id of one of their tickets), exports what is
 * kept about them and erases it, writing each export and erasure to the audit log.
 */
@Service
class ResidentDataService {

	private final ResidentDirectory residents;

	private final CaseStore cases;

	private final CaseTextsStore caseTexts;

	private final TicketQueries tickets;

	private final TicketTextsStore ticketTexts;

	private final AuditStore audit;

	private final Clock clock;

	ResidentDataService(ResidentDirectory residents, CaseStore cases, CaseTextsStore caseTexts, TicketQueries tickets,
			TicketTextsStore ticketTexts, AuditStore audit, Clock clock) {
		this.residents = residents;
		this.cases = cases;
		this.caseTexts = caseTexts;
		this.tickets = tickets;
		this.ticketTexts = ticketTexts;
		this.audit = audit;
		this.clock = clock;
	}

	/** The resident with this id, or the resident of the ticket with this id. */
	Mono<Resident> find(String residentOrTicketId) {
		return this.residents.byId(residentOrTicketId)
			.switchIfEmpty(Mono.defer(() -> this.tickets.find(residentOrTicketId)
				.flatMap((ticket) -> this.residents.byId(ticket.residentId()))));
	}

	Mono<ResidentData> export(Resident resident, String who) {
		Instant now = this.clock.instant();
		return Mono
			.zip(this.cases.ofResident(resident.id()).collectList(),
					this.tickets.ofResident(resident.id()).collectList(), this.residents.contact(resident.id()))
			.map((found) -> new ResidentData(now, resident.withPhone(maskedPhone(resident)),
					found.getT3().displayName(), found.getT1(), found.getT2()))
			.flatMap((data) -> this.audit
				.record(who, "resident-data-export", resident.id(),
						data.cases().size() + " trường hợp, " + data.tickets().size() + " phiếu")
				.thenReturn(data));
	}

	/**
	 * Only the last three digits: enough for the resident to recognise their number, of
	 * no use to whoever finds the file on a shared laptop.
	 */
	static @Nullable String maskedPhone(Resident resident) {
		String phone = resident.phone();
		if (phone == null) {
			return null;
		}
		int shown = Math.min(3, phone.length());
		return "*".repeat(phone.length() - shown) + phone.substring(phone.length() - shown);
	}

	/**
	 * Removes the resident's words from their cases and tickets, their phone number, the
	 * name they show on their channel and their pending conversation. The resident, their
	 * group and every count stay.
	 */
	Mono<Erasure> erase(Resident resident, String who) {
		Instant now = this.clock.instant();
		return this.residents.setPhone(resident, null)
			.flatMap((updated) -> this.residents.forgetDisplayName(updated.id()).thenReturn(updated))
			.flatMap((updated) -> this.residents.updateSession(updated, ResidentSession.idle()))
			.then(Mono.zip(this.caseTexts.eraseResident(resident.id(), now),
					this.ticketTexts.eraseResident(resident.id(), now)))
			.map((erased) -> new Erasure(resident.id(), now, erased.getT1(), erased.getT2()))
			.flatMap((erasure) -> this.audit
				.record(who, "resident-data-erase", resident.id(),
						erasure.cases() + " trường hợp, " + erasure.tickets() + " phiếu")
				.thenReturn(erasure));
	}

}

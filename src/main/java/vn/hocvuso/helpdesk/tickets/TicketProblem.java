package vn.hocvuso.helpdesk.tickets;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Why a ticket action was refused, with what to tell the person (problem+json). */
class TicketProblem extends ResponseStatusException {

	TicketProblem(HttpStatus status, String message) {
		super(status, message);
	}

	static TicketProblem notFound() {
		return new TicketProblem(HttpStatus.NOT_FOUND, "Không có phiếu hỗ trợ này.");
	}

	static TicketProblem forbidden() {
		return new TicketProblem(HttpStatus.FORBIDDEN, "Phiếu này thuộc tổ dân phố khác, bạn không xem được.");
	}

	static TicketProblem conflict(String message) {
		return new TicketProblem(HttpStatus.CONFLICT, message);
	}

}

package vn.hocvuso.helpdesk.indicators;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import vn.hocvuso.helpdesk.tickets.Ticket;

/**
 * A ticket behind a number of the dashboard, with the resident's first message (redacted)
 * as its preview.
 */
public record TicketLine(String id, String state, @Nullable String groupCode, String channel, boolean urgent,
		Instant openedAt, @Nullable String claimedBy, @Nullable Instant claimedAt, @Nullable Instant firstAnsweredAt,
		@Nullable Instant resolvedAt, @Nullable String resolvedBy, @Nullable String feedback, String preview) {

	static TicketLine of(Ticket ticket) {
		return new TicketLine(ticket.id(), ticket.state().name(), ticket.groupCode(), ticket.channel().id(),
				ticket.urgent(), ticket.openedAt(), ticket.claimedBy(), ticket.claimedAt(), ticket.firstAnsweredAt(),
				ticket.resolvedAt(), ticket.resolvedBy(), ticket.feedback(), ticket.preview());
	}

}

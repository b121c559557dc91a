package vn.hocvuso.helpdesk.tickets;

/**
 * Something happened to a ticket, for live pages.
 *
 * @param kind {@code opened}, {@code updated}, {@code claimed}, {@code answered},
 * {@code released}, {@code resolved}, {@code reopened}, {@code overdue}
 */
public record TicketEvent(String kind, String ticketId, boolean urgent, String message, Ticket ticket) {
}

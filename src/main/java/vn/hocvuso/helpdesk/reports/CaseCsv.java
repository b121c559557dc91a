package vn.hocvuso.helpdesk.reports;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.hocvuso.helpdesk.cases.SupportCase;
import vn.hocvuso.helpdesk.tickets.Ticket;

/**
 * One CSV line per case (RFC 4180, UTF-8): a field with a comma, a quote or a line break
 * is quoted and its quotes doubled; a text starting like a spreadsheet formula gets a
 * leading apostrophe, so opening the file in Excel never runs what a resident typed.
 */
final class CaseCsv {

	static final List<String> HEADER = List.of("id", "received_at", "replied_at", "channel", "group", "topic",
			"decision", "status", "escalation_reason", "ambassador", "first_response_seconds",
			"human_first_response_seconds", "resolution_seconds", "feedback", "delivery_problem", "text");

	private final DateTimeFormatter times;

	CaseCsv(ZoneId zone) {
		this.times = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(zone);
	}

	static String header() {
		return line(HEADER);
	}

	/**
	 * The case as a line. The bot's first response counts from the case's arrival; for a
	 * case that opened a ticket, the ambassador (who resolved it, or holds it), the first
	 * human reply and the resolution count from the ticket's opening, as the indicators
	 * do.
	 */
	String row(SupportCase supportCase, @Nullable Ticket ticket) {
		String ambassador = (ticket == null) ? null
				: (ticket.resolvedBy() != null) ? ticket.resolvedBy() : ticket.claimedBy();
		return line(Arrays.asList(supportCase.id(), time(supportCase.receivedAt()), time(supportCase.repliedAt()),
				supportCase.channel().id(), supportCase.groupCode(), supportCase.topic(), supportCase.decision(),
				supportCase.status().name(), supportCase.escalationReason(), ambassador,
				seconds(supportCase.receivedAt(), supportCase.repliedAt()),
				(ticket != null) ? seconds(ticket.openedAt(), ticket.firstAnsweredAt()) : null,
				(ticket != null) ? seconds(ticket.openedAt(), ticket.resolvedAt()) : null, supportCase.feedback(),
				supportCase.deliveryProblem(), supportCase.text()));
	}

	static String line(List<@Nullable String> fields) {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				line.append(',');
			}
			line.append(escape(fields.get(i)));
		}
		return line.append("\r\n").toString();
	}

	static String escape(@Nullable String field) {
		if (field == null) {
			return "";
		}
		String value = (!field.isEmpty() && "=+-@\t\r".indexOf(field.charAt(0)) >= 0) ? "'" + field : field;
		if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
			return "\"" + value.replace("\"", "\"\"") + "\"";
		}
		return value;
	}

	private @Nullable String time(@Nullable Instant instant) {
		return (instant != null) ? this.times.format(instant) : null;
	}

	static @Nullable String seconds(Instant from, @Nullable Instant to) {
		if (to == null) {
			return null;
		}
		// Three decimals, as "%.3f" gave, without a Formatter per field (a month is
		// 80,000
		// rows at a million cases a year).
		return BigDecimal.valueOf(Duration.between(from, to).toMillis(), 3).toPlainString();
	}

}

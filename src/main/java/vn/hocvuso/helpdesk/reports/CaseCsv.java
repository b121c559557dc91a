package vn.hocvuso.helpdesk.reports;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import vn.hocvuso.helpdesk.cases.SupportCase;

/**
 * One CSV line per case (RFC 4180, UTF-8): a field with a comma, a quote or a line break
 * is quoted and its quotes doubled; a text starting like a spreadsheet formula gets a
 * leading apostrophe, so opening the file in Excel never runs what a resident typed.
 */
final class CaseCsv {

	static final List<String> HEADER = List.of("id", "received_at", "replied_at", "channel", "group", "topic",
			"decision", "status", "escalation_reason", "ambassador", "first_response_seconds", "resolution_seconds",
			"feedback", "delivery_problem", "text");

	private final DateTimeFormatter times;

	CaseCsv(ZoneId zone) {
		this.times = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(zone);
	}

	static String header() {
		return line(HEADER);
	}

	/**
	 * The case as a line. The ambassador and resolution columns stay empty until tickets
	 * record them.
	 */
	String row(SupportCase supportCase) {
		return line(Arrays.asList(supportCase.id(), time(supportCase.receivedAt()), time(supportCase.repliedAt()),
				supportCase.channel().id(), supportCase.groupCode(), supportCase.topic(), supportCase.decision(),
				supportCase.status().name(), supportCase.escalationReason(), null,
				seconds(supportCase.receivedAt(), supportCase.repliedAt()), null, supportCase.feedback(),
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

	private static @Nullable String seconds(Instant from, @Nullable Instant to) {
		if (to == null) {
			return null;
		}
		return String.format(Locale.ROOT, "%.3f", Duration.between(from, to).toMillis() / 1000.0);
	}

}

package vn.hocvuso.helpdesk.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Hostile and absurd values for path variables and query parameters, each already
 * percent-encoded for a URL, and plausible ones to mix them with.
 */
final class FuzzValues {

	/** Plausible values by the name of a path variable or query parameter. */
	private static final Map<String, List<String>> PLAUSIBLE = Map.ofEntries(
			Map.entry("channel", List.of("zalo", "messenger", "telegram", "zalo", "messenger", "telegram", "webchat")),
			Map.entry("id", List.of("6750f0e2a1b2c3d4e5f60718", "000000000000000000000000", "cai-vneid")),
			Map.entry("code", List.of("TDP01", "TDP06", "QA123456")),
			Map.entry("username", List.of("daisu01", "fuzz-ds-1", "admin2")), Map.entry("version", List.of("1", "2")),
			Map.entry("limit", List.of("1", "10", "500")),
			Map.entry("period", List.of("day", "week", "month", "quarter")),
			Map.entry("date", List.of("2026-11-22", "2026-12-05")), Map.entry("from", List.of("2026-11-01", "1")),
			Map.entry("to", List.of("2026-11-30", "2")), Map.entry("month", List.of("2026-11", "2026-12")),
			Map.entry("group", List.of("TDP01", "TDP05")), Map.entry("topic", List.of("vneid.install")),
			Map.entry("outcome", List.of("cases", "escalated", "opened", "resolved")),
			Map.entry("state", List.of("open", "resolved")),
			Map.entry("sessionId", List.of("fuzz-session-01", "fuzz-session-02")),
			Map.entry("messageId", List.of("fuzz-message-0001", "fuzz-message-0002")),
			Map.entry("after", List.of("0", "6750f0e2a1b2c3d4e5f60718")), Map.entry("hub.mode", List.of("subscribe")),
			Map.entry("hub.verify_token", List.of("wrong-token")), Map.entry("hub.challenge", List.of("12345")),
			Map.entry("ambassador", List.of("daisu01")), Map.entry("path", List.of("liveness", "store", "inbox")));

	private FuzzValues() {
	}

	static String plausible(String name, RandomGenerator random) {
		List<String> values = PLAUSIBLE.getOrDefault(name, List.of("x1", "abc"));
		return values.get(random.nextInt(values.size()));
	}

	/** A hostile value, percent-encoded; at most {@code maxChars} long when decoded. */
	static String hostile(RandomGenerator random) {
		return switch (random.nextInt(16)) {
			case 0 -> "";
			case 1 -> "%20%20";
			case 2 -> encode("a".repeat(10_000 + random.nextInt(2_000)));
			case 3 -> encode("\u202Eabc\u200F\u200E\u061C"); // RTL override and marks
			case 4 -> encode("a\u200D\u200C\u2060\uFEFFb"); // zero-width joiners
			case 5 -> encode("e" + "\u0301\u0323\u0309".repeat(600)); // combining-mark
																		// flood
			case 6 -> "%ED%A0%80x%ED%B0%80"; // lone surrogates, as CESU bytes
			case 7 -> "a%00b";
			case 8 -> encode("\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67\uD83C\uDDFB\uD83C\uDDF3");
			case 9 -> "9".repeat(2_000 + random.nextInt(3_000));
			case 10 -> "..%2F..%2F..%2Fetc%2Fpasswd";
			case 11 -> "%2e%2e";
			case 12 -> absurdNumber(random);
			case 13 -> absurdDate(random);
			case 14 -> encode("'\"<script>alert(1)</script>${jndi:ldap://x}{{7*7}}");
			default -> encode("tổ 5 ở đâu? " + "ẩ".repeat(random.nextInt(300)));
		};
	}

	static String absurdNumber(RandomGenerator random) {
		List<String> numbers = List.of("-1", "0", "-0", "9223372036854775808", "9223372036854775807",
				"-9223372036854775809", "2147483648", "NaN", "Infinity", "-Infinity", "1e309", "0x10", "1.5",
				"%EF%BC%91", "1_000", "+5");
		return numbers.get(random.nextInt(numbers.size()));
	}

	static String absurdDate(RandomGenerator random) {
		List<String> dates = List.of("+999999999-12-31", "-999999999-01-01", "9999-12-31", "0000-00-00", "2026-02-30",
				"2026-13", "2026-W49", "2026-12-05T25:61:61Z", "1970-01-01", "99999-01-01", "2026%2F12%2F05", "today");
		return dates.get(random.nextInt(dates.size()));
	}

	/** Percent-encodes every byte outside the unreserved characters. */
	static String encode(String text) {
		StringBuilder out = new StringBuilder();
		for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xFF;
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
					|| c == '_' || c == '~') {
				out.append((char) c);
			}
			else {
				out.append('%')
					.append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
					.append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
			}
		}
		return out.toString();
	}

	/** A short, readable sample of a value for a report. */
	static String sample(String value) {
		String shown = value.length() > 60 ? value.substring(0, 40) + "…(" + value.length() + " chars)" : value;
		return shown.replaceAll("\\p{Cntrl}", "?");
	}

}

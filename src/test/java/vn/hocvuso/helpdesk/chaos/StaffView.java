package vn.hocvuso.helpdesk.chaos;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What staff see through the app's own HTTP API, signed in as admin with HTTP Basic:
 * every case (the CSV export, which has no page limit) and the open tickets.
 */
final class StaffView {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

	private final String baseUrl;

	private final String authorization;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	StaffView(String baseUrl, String adminPassword) {
		this.baseUrl = baseUrl;
		this.authorization = "Basic "
				+ Base64.getEncoder().encodeToString(("admin:" + adminPassword).getBytes(StandardCharsets.UTF_8));
	}

	/** Every case received from yesterday to tomorrow (Hanoi time). */
	List<CaseRow> cases() {
		LocalDate today = LocalDate.now(HANOI);
		String csv = get("/api/v1/reports/cases.csv?from=" + today.minusDays(1) + "&to=" + today.plusDays(1));
		List<List<String>> rows = Csv.parse(csv.startsWith("\uFEFF") ? csv.substring(1) : csv);
		List<String> header = rows.get(0);
		int status = header.indexOf("status");
		int text = header.indexOf("text");
		List<CaseRow> cases = new ArrayList<>();
		for (List<String> row : rows.subList(1, rows.size())) {
			cases.add(new CaseRow(row.get(0), row.get(status), row.get(text)));
		}
		return cases;
	}

	/**
	 * How many cases were received from 400 days ago to tomorrow, exported a month at a
	 * time so the app's small heap in a chaos run holds one month of a big store at once.
	 */
	int casesInTheLastYears() {
		LocalDate end = LocalDate.now(HANOI).plusDays(1);
		int cases = 0;
		for (LocalDate from = end.minusDays(400); !from.isAfter(end); from = from.plusDays(31)) {
			LocalDate to = from.plusDays(30).isAfter(end) ? end : from.plusDays(30);
			cases += Csv.parse(get("/api/v1/reports/cases.csv?from=" + from + "&to=" + to)).size() - 1;
		}
		return cases;
	}

	/** The first message (redacted) of every open ticket. */
	List<String> openTicketPreviews() {
		List<String> previews = new ArrayList<>();
		for (JsonNode ticket : JSON.readTree(get("/api/v1/tickets?state=open"))) {
			previews.add(ticket.path("preview").asString(""));
		}
		return previews;
	}

	/** Replies the outbox still has to send to Zalo. */
	long zaloRepliesWaiting() {
		for (JsonNode channel : JSON.readTree(get("/api/v1/outbox"))) {
			if (channel.path("channel").asString("").equals("zalo")) {
				return channel.path("waiting").asLong();
			}
		}
		return 0;
	}

	private String get(String path) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.timeout(Duration.ofSeconds(60))
			.header("Authorization", this.authorization)
			.header("X-Requested-With", "fetch")
			.build();
		try {
			HttpResponse<String> response = this.http.send(request,
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			if (response.statusCode() != 200) {
				throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
			}
			return response.body();
		}
		catch (IOException ex) {
			throw new IllegalStateException("GET " + path + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** One support case: its id, status and redacted text. */
	record CaseRow(String id, String status, String text) {

		boolean withAPerson() {
			return this.status.equals("ESCALATED") || this.status.equals("WITH_AMBASSADOR");
		}

	}

	/** Just enough RFC 4180 to read the app's export: quoted fields, doubled quotes. */
	static final class Csv {

		private Csv() {
		}

		static List<List<String>> parse(String text) {
			List<List<String>> rows = new ArrayList<>();
			List<String> row = new ArrayList<>();
			StringBuilder field = new StringBuilder();
			boolean quoted = false;
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (quoted) {
					if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
						field.append('"');
						i++;
					}
					else if (c == '"') {
						quoted = false;
					}
					else {
						field.append(c);
					}
				}
				else if (c == '"') {
					quoted = true;
				}
				else if (c == ',') {
					row.add(field.toString());
					field.setLength(0);
				}
				else if (c == '\n') {
					row.add(field.toString());
					field.setLength(0);
					rows.add(row);
					row = new ArrayList<>();
				}
				else if (c != '\r') {
					field.append(c);
				}
			}
			if (field.length() > 0 || !row.isEmpty()) {
				row.add(field.toString());
				rows.add(row);
			}
			return rows;
		}

	}

}

package vn.hocvuso.helpdesk.chaos;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Everything staff and the world can read from the app over HTTP, by request: the cases
 * API and exports (CSV, every entry of the XLSX report), indicators, tickets and each
 * ticket, the audit logs, each resident's data export, the outbox and set-aside queues,
 * the library's suggestions, the metrics, and each web chat mailbox.
 */
final class StaffPlaces {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final List<String> LISTS = List.of("/api/v1/cases?limit=500", "/api/v1/indicators?period=month",
			"/api/v1/indicators?period=day", "/api/v1/indicators/cases?period=month&limit=500",
			"/api/v1/indicators/cases?period=month&outcome=escalated&limit=500",
			"/api/v1/indicators/tickets?period=month&limit=500",
			"/api/v1/indicators/tickets?period=month&outcome=answered&limit=500", "/api/v1/tickets?state=open",
			"/api/v1/tickets?state=resolved", "/api/v1/audit?limit=1000", "/api/v1/outbox", "/api/v1/inbox/set-aside",
			"/api/v1/library/suggestions", "/api/v1/library/audit?limit=500", "/api/v1/ambassadors", "/api/v1/groups",
			"/api/v1/me");

	/**
	 * The resident's phone in their data export, read apart: a change on main masks it
	 * there.
	 */
	static final String RESIDENT_PHONE = "resident.phone";

	/** How many residents' data to export, about: each export takes a while. */
	private static final int EXPORTS = 40;

	private StaffPlaces() {
	}

	/**
	 * What each request answers, by request.
	 * @param webChatSessions the web chat sessions whose mailboxes to read
	 * @param callbacks tickets with a callback phone, whose residents' data to export
	 * besides a sample of {@value #EXPORTS} of all residents
	 */
	static Map<String, String> read(StaffApi staff, Set<String> webChatSessions, List<String> callbacks) {
		long started = System.nanoTime();
		Map<String, String> places = new LinkedHashMap<>();
		for (String path : LISTS) {
			places.put("GET " + path, staff.getText(path));
		}
		LocalDate today = LocalDate.now(HANOI);
		String csv = "/api/v1/reports/cases.csv?from=" + today.minusDays(1) + "&to=" + today.plusDays(1);
		places.put("GET " + csv, staff.getText(csv));
		for (String period : List.of("month", "week")) {
			String xlsx = "/api/v1/reports/periodic.xlsx?period=" + period;
			StaffApi.unzip(staff.get(xlsx))
				.forEach((entry, text) -> places.put("GET " + xlsx + " entry " + entry, text));
		}
		Set<String> residents = new LinkedHashSet<>();
		for (String state : List.of("open", "resolved")) {
			for (JsonNode ticket : JSON.readTree(staff.getText("/api/v1/tickets?state=" + state))) {
				String id = ticket.path("id").asString();
				places.put("GET /api/v1/tickets/" + id + " (without the callback phone)", withoutPhone(staff, id));
				residents.add(id);
			}
		}
		for (JsonNode supportCase : JSON.readTree(staff.getText("/api/v1/cases?limit=500"))) {
			residents.add(supportCase.path("residentId").asString());
		}
		lap("tickets read", started);
		int every = Math.max(1, residents.size() / EXPORTS);
		List<String> sample = new ArrayList<>(
				residents.stream().filter((id) -> Math.floorMod(id.hashCode(), every) == 0).toList());
		sample.addAll(callbacks);
		for (String id : sample) {
			String path = "/api/v1/residents/" + id + "/data";
			ObjectNode data = (ObjectNode) JSON.readTree(staff.getText(path));
			JsonNode phone = ((ObjectNode) data.path("resident")).remove("phone");
			places.put("GET " + path, JSON.writeValueAsString(data));
			places.put("GET " + path + " " + RESIDENT_PHONE, String.valueOf(phone));
		}
		lap(sample.size() + " residents' data read", started);
		for (String session : webChatSessions) {
			String path = "/api/v1/webchat/messages?sessionId=" + session + "&after=0";
			places.put("GET " + path, staff.getAnonymous(path));
		}
		places.put("GET /actuator/prometheus", staff.getAnonymous("/actuator/prometheus"));
		places.put("GET /actuator/health", staff.getAnonymous("/actuator/health"));
		return places;
	}

	private static void lap(String what, long started) {
		System.out.printf("personal data scan: %s in %d ms%n", what,
				Duration.ofNanos(System.nanoTime() - started).toMillis());
	}

	/**
	 * A ticket without its {@code phone}: the number the resident gave for a callback,
	 * which the ticket page shows the ambassador on purpose. Everywhere else it counts.
	 */
	private static String withoutPhone(StaffApi staff, String id) {
		ObjectNode ticket = (ObjectNode) JSON.readTree(staff.getText("/api/v1/tickets/" + id));
		ticket.remove("phone");
		return JSON.writeValueAsString(ticket);
	}

	/** Waits until no reply waits in the outbox, so the providers got them all. */
	static void awaitOutboxEmpty(StaffApi staff, Duration limit) throws InterruptedException {
		long deadline = System.nanoTime() + limit.toNanos();
		while (System.nanoTime() < deadline) {
			long waiting = 0;
			for (JsonNode channel : JSON.readTree(staff.getText("/api/v1/outbox"))) {
				waiting += channel.path("waiting").asLong();
			}
			if (waiting == 0) {
				return;
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException("replies still wait in the outbox after " + limit);
	}

}

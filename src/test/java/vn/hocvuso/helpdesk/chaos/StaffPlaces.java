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
 * API and exports (CSV, every entry of the XLSX report), indicators, the ticket lists and
 * a sample of single tickets and residents' data exports (with every ticket that has a
 * callback phone), the audit logs, the outbox and set-aside queues, the library's
 * suggestions, the metrics, and each web chat mailbox.
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

	/**
	 * How many tickets to read one by one, and residents' data to export, about: each
	 * takes 100 to 200 ms on two cores. The lists and exports hold every ticket and case.
	 */
	private static final int SAMPLE = 30;

	private StaffPlaces() {
	}

	/**
	 * What each request answers, by request.
	 * @param webChatSessions the web chat sessions whose mailboxes to read
	 * @param callbacks tickets with a callback phone, read and exported besides a sample
	 * of {@value #SAMPLE} of all tickets and residents
	 */
	static Map<String, String> read(StaffApi staff, Set<String> webChatSessions, List<String> callbacks) {
		long started = System.nanoTime();
		Map<String, String> places = new LinkedHashMap<>();
		for (String path : LISTS) {
			places.put("GET " + path, staff.getText(path));
		}
		lap("lists read", started);
		LocalDate today = LocalDate.now(HANOI);
		String csv = "/api/v1/reports/cases.csv?from=" + today.minusDays(1) + "&to=" + today.plusDays(1);
		places.put("GET " + csv, staff.getText(csv));
		for (String period : List.of("month", "week")) {
			String xlsx = "/api/v1/reports/periodic.xlsx?period=" + period;
			StaffApi.unzip(staff.get(xlsx))
				.forEach((entry, text) -> places.put("GET " + xlsx + " entry " + entry, text));
		}
		lap("exports read", started);
		Set<String> tickets = new LinkedHashSet<>();
		for (String state : List.of("open", "resolved")) {
			for (JsonNode ticket : JSON.readTree(staff.getText("/api/v1/tickets?state=" + state))) {
				tickets.add(ticket.path("id").asString());
			}
		}
		List<String> details = sample(tickets, SAMPLE, callbacks);
		for (String id : details) {
			places.put("GET /api/v1/tickets/" + id + " (without the callback phone)", withoutPhone(staff, id));
		}
		lap(details.size() + " of " + tickets.size() + " tickets read", started);
		Set<String> residents = new LinkedHashSet<>(tickets);
		for (JsonNode supportCase : JSON.readTree(staff.getText("/api/v1/cases?limit=500"))) {
			residents.add(supportCase.path("residentId").asString());
		}
		List<String> exports = sample(residents, SAMPLE, callbacks);
		for (String id : exports) {
			String path = "/api/v1/residents/" + id + "/data";
			ObjectNode data = (ObjectNode) JSON.readTree(staff.getText(path));
			JsonNode phone = ((ObjectNode) data.path("resident")).remove("phone");
			places.put("GET " + path, JSON.writeValueAsString(data));
			places.put("GET " + path + " " + RESIDENT_PHONE, String.valueOf(phone));
		}
		lap(exports.size() + " residents' data read", started);
		for (String session : webChatSessions) {
			String path = "/api/v1/webchat/messages?sessionId=" + session + "&after=0";
			places.put("GET " + path, staff.getAnonymous(path));
		}
		places.put("GET /actuator/prometheus", staff.getAnonymous("/actuator/prometheus"));
		places.put("GET /actuator/health", staff.getAnonymous("/actuator/health"));
		return places;
	}

	/**
	 * About {@code size} of these ids, spread over them, and every one of {@code always}.
	 */
	private static List<String> sample(Set<String> ids, int size, List<String> always) {
		int every = Math.max(1, ids.size() / size);
		List<String> sample = new ArrayList<>(
				ids.stream().filter((id) -> Math.floorMod(id.hashCode(), every) == 0 && !always.contains(id)).toList());
		sample.addAll(always);
		return sample;
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

package vn.hocvuso.helpdesk;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Sets up a ward through the real staff API: fresh residential groups and ambassadors, so
 * tests sharing one app do not see each other's tickets; and residents who escalate
 * through the web chat.
 */
public final class WardFixture {

	public static final String PASSWORD = "mat-khau-dai-su";

	private final HelpdeskClient client;

	private final WebTestClient admin;

	public WardFixture(HelpdeskClient client) {
		this.client = client;
		this.admin = client.http()
			.mutate()
			.defaultHeaders((headers) -> headers.setBasicAuth("admin", HelpdeskIntegrationTest.ADMIN_PASSWORD))
			.build();
	}

	/** A new residential group with a unique code. */
	public String group() {
		String code = "QA" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
		this.admin.put()
			.uri("/api/v1/groups/" + code)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("name", "Tổ thử " + code))
			.exchange()
			.expectStatus()
			.isOk();
		return code;
	}

	/** A new ambassador of the groups, who signs in with {@link #PASSWORD}. */
	public String ambassador(String... groups) {
		String username = "ds" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
		this.admin.put()
			.uri("/api/v1/ambassadors/" + username)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("name", "Đại sứ " + username, "phone", "0912000111", "groupCodes", List.of(groups),
					"password", PASSWORD))
			.exchange()
			.expectStatus()
			.isOk();
		return username;
	}

	/**
	 * A web chat resident whose question the bot cannot answer, who then names their
	 * group.
	 */
	public Resident residentWithTicket(String group) {
		Resident resident = new Resident(
				"resident-" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L),
				"giá vàng hôm nay bao nhiêu vậy " + marker());
		Map<String, Object> first = this.client.chat(resident.session(), resident.question());
		if (!"escalate".equals(first.get("decision"))) {
			throw new IllegalStateException("expected an escalation, got " + first);
		}
		this.client.chat(resident.session(), group);
		resident.ticketId = openTickets("admin", HelpdeskIntegrationTest.ADMIN_PASSWORD).stream()
			.filter((ticket) -> resident.question().equals(ticket.get("preview")))
			.map((ticket) -> (String) ticket.get("id"))
			.findFirst()
			.orElseThrow();
		return resident;
	}

	/** A made-up word, so a resident's question is unique. */
	private static String marker() {
		StringBuilder word = new StringBuilder();
		for (int i = 0; i < 6; i++) {
			word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
		}
		return word.toString();
	}

	/** A web chat resident and their ticket. */
	public static final class Resident {

		private final String session;

		private final String question;

		private String ticketId = "";

		Resident(String session, String question) {
			this.session = session;
			this.question = question;
		}

		public String session() {
			return this.session;
		}

		public String question() {
			return this.question;
		}

		public String ticketId() {
			return this.ticketId;
		}

	}

	public List<Map<String, Object>> openTickets(String username, String password) {
		return this.client.http()
			.get()
			.uri("/api/v1/tickets")
			.headers((headers) -> headers.setBasicAuth(username, password))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.returnResult()
			.getResponseBody();
	}

	/** A request as the ambassador, with HTTP Basic. */
	public WebTestClient.RequestBodySpec as(String username, org.springframework.http.HttpMethod method, String uri) {
		return this.client.http()
			.method(method)
			.uri(uri)
			.headers((headers) -> headers.setBasicAuth(username,
					username.equals("admin") ? HelpdeskIntegrationTest.ADMIN_PASSWORD : PASSWORD));
	}

}

package vn.hocvuso.helpdesk;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.awaitility.Awaitility.await;

/**
 * Sets up a ward through the real staff API: fresh residential groups and ambassadors, so
 * tests sharing one app do not see each other's tickets; residents on any channel who
 * escalate and name their group; and the ticket API as an ambassador or staff sees it.
 */
public final class WardFixture {

	public static final String PASSWORD = "mat-khau-dai-su";

	private final HelpdeskClient client;

	public WardFixture(HelpdeskClient client) {
		this.client = client;
	}

	/** A new residential group with a unique code, named "Tổ thử" and its code. */
	public String group() {
		// Five digits: a resident who types the code keeps it in the case text, where a
		// run of six would be masked as a one-time code.
		String code = "QA" + ThreadLocalRandom.current().nextInt(10_000, 100_000);
		as("admin", HttpMethod.PUT, "/api/v1/groups/" + code).contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("name", "Tổ thử " + code))
			.exchange()
			.expectStatus()
			.isOk();
		return code;
	}

	/** A new ambassador of the groups, who signs in with {@link #PASSWORD}. */
	public String ambassador(String... groups) {
		return ambassadorOnZalo(null, groups);
	}

	/** A new ambassador who gets Zalo notices at this Zalo user id when one is given. */
	public String ambassadorOnZalo(@Nullable String zaloUserId, String... groups) {
		String username = "ds" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
		Map<String, Object> profile = new HashMap<>(Map.of("name", "Đại sứ " + username, "phone", "0912000111",
				"groupCodes", List.of(groups), "password", PASSWORD));
		if (zaloUserId != null) {
			profile.put("zaloUserId", zaloUserId);
		}
		as("admin", HttpMethod.PUT, "/api/v1/ambassadors/" + username).contentType(MediaType.APPLICATION_JSON)
			.bodyValue(profile)
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
		String session = "resident-" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L);
		return ticketFor((text) -> this.client.chat(session, text), group, session);
	}

	/**
	 * A resident on any channel, who says what {@code says} sends: a question the bot
	 * cannot answer, then, once the ticket is open, the group they live in. Returns when
	 * the ticket is that group's.
	 */
	public Resident ticketFor(Consumer<String> says, String group, String who) {
		String question = "giá vàng hôm nay bao nhiêu vậy " + marker();
		says.accept(question);
		String id = await("a ticket for «" + question + "»").atMost(Duration.ofSeconds(15))
			.until(() -> openTickets("admin").stream()
				.filter((ticket) -> question.equals(ticket.get("preview")))
				.map((ticket) -> (String) ticket.get("id"))
				.findFirst(), Optional::isPresent)
			.get();
		says.accept(group);
		await("the ticket in " + group).atMost(Duration.ofSeconds(15))
			.until(() -> group.equals(summary(detail("admin", id)).get("groupCode")));
		return new Resident(who, question, id);
	}

	/**
	 * A resident on any channel whose ticket, in a new group, a new ambassador of that
	 * group has claimed.
	 */
	public Claimed claimedTicket(Consumer<String> says, String who) {
		String group = group();
		String ambassador = ambassador(group);
		String id = ticketFor(says, group, who).ticketId();
		claim(ambassador, id);
		return new Claimed(ambassador, id);
	}

	/** A claimed ticket and who claimed it. */
	public record Claimed(String ambassador, String ticketId) {
	}

	/** The ticket once its ambassador's only reply is in this delivery state. */
	public Map<String, Object> awaitReply(String username, String ticketId, String delivery) {
		return await("the reply " + delivery).atMost(Duration.ofSeconds(10))
			.until(() -> detail(username, ticketId), (ticket) -> {
				List<Map<String, Object>> replies = messages(ticket, "AMBASSADOR");
				return replies.size() == 1 && delivery.equals(replies.get(0).get("delivery"));
			});
	}

	/** The ticket once the help desk has noted on it that someone should phone. */
	public Map<String, Object> awaitCallNote(String username, String ticketId) {
		return await("a note to phone the resident").atMost(Duration.ofSeconds(10))
			.until(() -> detail(username, ticketId), (ticket) -> messages(ticket, "SYSTEM").stream()
				.anyMatch((message) -> ((String) message.get("text")).endsWith("Hãy gọi điện cho người dân.")));
	}

	/** A made-up word, so a resident's question is unique. */
	private static String marker() {
		StringBuilder word = new StringBuilder();
		for (int i = 0; i < 6; i++) {
			word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
		}
		return word.toString();
	}

	/**
	 * A resident and their ticket.
	 *
	 * @param session who they are on their channel: a web chat session, a channel user id
	 */
	public record Resident(String session, String question, String ticketId) {
	}

	public List<Map<String, Object>> openTickets(String username) {
		return as(username, HttpMethod.GET, "/api/v1/tickets").exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.returnResult()
			.getResponseBody();
	}

	/** A ticket as this user sees it; fails unless they may. */
	public Map<String, Object> detail(String username, String ticketId) {
		return as(username, HttpMethod.GET, "/api/v1/tickets/" + ticketId).exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
	}

	/** An action on a ticket ({@code /claim}, {@code /replies}...) with a JSON body. */
	public WebTestClient.ResponseSpec act(String username, HttpMethod method, String ticketId, String action,
			Map<String, ?> body) {
		return as(username, method, "/api/v1/tickets/" + ticketId + action).contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

	public void claim(String username, String ticketId) {
		act(username, HttpMethod.POST, ticketId, "/claim", Map.of()).expectStatus().isOk();
	}

	public void reply(String username, String ticketId, String text) {
		act(username, HttpMethod.POST, ticketId, "/replies", Map.of("text", text)).expectStatus().isOk();
	}

	/** A request as this user with HTTP Basic: {@code admin}, or an ambassador. */
	public WebTestClient.RequestBodySpec as(String username, HttpMethod method, String uri) {
		return this.client.http()
			.method(method)
			.uri(uri)
			.headers((headers) -> headers.setBasicAuth(username,
					username.equals("admin") ? this.client.adminPassword() : PASSWORD));
	}

	@SuppressWarnings("unchecked")
	public static Map<String, Object> summary(Map<String, Object> detail) {
		return (Map<String, Object>) detail.get("summary");
	}

	@SuppressWarnings("unchecked")
	public static List<Map<String, Object>> messages(Map<String, Object> detail) {
		return (List<Map<String, Object>>) detail.get("conversation");
	}

	/** The ticket's messages by this author ({@code RESIDENT}, {@code AMBASSADOR}...). */
	public static List<Map<String, Object>> messages(Map<String, Object> detail, String author) {
		return messages(detail).stream().filter((message) -> author.equals(message.get("author"))).toList();
	}

	/** The texts of the ticket's messages, oldest first. */
	public static List<Object> texts(Map<String, Object> detail) {
		return messages(detail).stream().map((message) -> message.get("text")).toList();
	}

}

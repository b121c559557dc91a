package vn.hocvuso.helpdesk.chaos;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Staff at work while the app is killed: the dashboard's month, the month's CSV export,
 * the newest cases, and one publish of the library halfway through, one request after
 * another until the stream ends. Every answer is counted by its status; a request the
 * dead app could not take is counted apart, as staff would simply retry it.
 */
final class StaffLoad {

	private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String ARTICLE = "vneid.install";

	private final String baseUrl;

	private final String authorization;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();

	private final AtomicInteger unreachable = new AtomicInteger();

	private volatile int publishStatus;

	private volatile Instant publishedAt = Instant.MAX;

	StaffLoad(String baseUrl, String adminPassword) {
		this.baseUrl = baseUrl;
		this.authorization = "Basic "
				+ Base64.getEncoder().encodeToString(("admin:" + adminPassword).getBytes(StandardCharsets.UTF_8));
	}

	/** Works for {@code length}, publishing once halfway. */
	void run(Duration length) {
		long started = System.nanoTime();
		long end = started + length.toNanos();
		boolean published = false;
		while (System.nanoTime() < end) {
			LocalDate today = LocalDate.now(HANOI);
			for (String path : List.of("/api/v1/indicators?period=month",
					"/api/v1/reports/cases.csv?from=" + today.withDayOfMonth(1) + "&to=" + today,
					"/api/v1/cases?limit=50")) {
				send(HttpRequest.newBuilder(URI.create(this.baseUrl + path)).GET());
			}
			if (!published && System.nanoTime() > started + length.toNanos() / 2) {
				published = publish();
			}
			pause();
		}
	}

	/**
	 * Saves a draft with one more example question and publishes it, as an editor does.
	 * @return whether the publish got an answer
	 */
	private boolean publish() {
		String article = this.baseUrl + "/api/v1/library/articles/" + ARTICLE;
		String view = read(HttpRequest.newBuilder(URI.create(article)).GET());
		if (view == null) {
			return false;
		}
		ObjectNode live = (ObjectNode) JSON.readTree(view).path("live");
		((ArrayNode) live.path("examples")).add("cháu ơi bác cài cái VNeID mà nó cứ quay mãi không xong");
		int saved = send(HttpRequest.newBuilder(URI.create(article + "/draft"))
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(live))));
		if (saved != 200) {
			return false;
		}
		this.publishStatus = send(HttpRequest.newBuilder(URI.create(this.baseUrl + "/api/v1/library/publish"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"note\":\"chaos\"}")));
		if (this.publishStatus == 202) {
			this.publishedAt = Instant.now();
		}
		return this.publishStatus != 0;
	}

	/** When the publish was accepted; {@link Instant#MAX} if it was not. */
	Instant publishedAt() {
		return this.publishedAt;
	}

	/**
	 * The state of the last publish once it is no longer running, waiting up to a minute.
	 */
	String publishOutcome() {
		long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
		String state = "";
		while (System.nanoTime() < deadline) {
			String job = read(HttpRequest.newBuilder(URI.create(this.baseUrl + "/api/v1/library/publish")).GET());
			state = (job != null) ? JSON.readTree(job).path("state").asString("") : "";
			if (!state.isEmpty() && !state.equals("RUNNING")) {
				return state;
			}
			pause();
		}
		return state;
	}

	/** How many answers had each HTTP status. */
	Map<Integer, Integer> statuses() {
		return this.statuses.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, (entry) -> entry.getValue().get()));
	}

	/** Requests sent while the app was down or starting. */
	int unreachable() {
		return this.unreachable.get();
	}

	/** The publish's answer, 0 if it never got one. */
	int publishStatus() {
		return this.publishStatus;
	}

	String summary() {
		return "staff requests by status " + statuses() + ", unreachable " + unreachable() + ", publish answered "
				+ publishStatus();
	}

	/** The body of a 200 answer, else null. */
	private @Nullable String read(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = this.http.send(signedIn(request),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			count(response.statusCode());
			return (response.statusCode() == 200) ? response.body() : null;
		}
		catch (IOException ex) {
			this.unreachable.incrementAndGet();
			return null;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

	private HttpRequest signedIn(HttpRequest.Builder request) {
		return request.timeout(Duration.ofSeconds(60))
			.header("Authorization", this.authorization)
			.header("X-Requested-With", "fetch")
			.build();
	}

	private void count(int status) {
		this.statuses.computeIfAbsent(status, (key) -> new AtomicInteger()).incrementAndGet();
	}

	private int send(HttpRequest.Builder request) {
		try {
			int status = this.http.send(signedIn(request), HttpResponse.BodyHandlers.discarding()).statusCode();
			count(status);
			return status;
		}
		catch (IOException ex) {
			this.unreachable.incrementAndGet();
			return 0;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return 0;
		}
	}

	private static void pause() {
		try {
			Thread.sleep(500);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}

package vn.hocvuso.helpdesk.chaos;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stands in for Zalo's OA API (sending customer-service messages) and its OAuth API
 * (refreshing the access token), and misbehaves on purpose. Each send is, at random: a
 * success (recorded as a message the resident received), an HTTP 500, a hang longer than
 * the app's timeout, error -32 (rate limit) or error -216 (invalid access token, so the
 * app refreshes it). During the outage every send is an HTTP 500. Only a success counts
 * as received: a fault happens before Zalo would have delivered anything.
 */
final class ZaloChaosStandIn implements AutoCloseable {

	static final String SEND = "/v3.0/oa/message/cs";

	static final String REFRESH = "/v4/oa/access_token";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpServer server;

	private final ExecutorService threads = Executors.newCachedThreadPool();

	private final Duration hang;

	private final Random random = new Random(13);

	private final Map<String, List<String>> received = new ConcurrentHashMap<>();

	private final Map<String, List<Copy>> copies = new ConcurrentHashMap<>();

	private final Set<String> validAccessTokens = ConcurrentHashMap.newKeySet();

	private final Set<String> spentRefreshTokens = ConcurrentHashMap.newKeySet();

	private final Map<String, AtomicInteger> answers = new ConcurrentHashMap<>();

	private final AtomicInteger issued = new AtomicInteger();

	private volatile boolean outage;

	/**
	 * @param hang how long a hanging send waits before answering (longer than the app's
	 * timeout)
	 * @param firstAccessToken the access token the app is configured with
	 */
	ZaloChaosStandIn(Duration hang, String firstAccessToken) throws IOException {
		this.hang = hang;
		this.validAccessTokens.add(firstAccessToken);
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
		this.server.createContext(SEND, this::send);
		this.server.createContext(REFRESH, this::refresh);
		this.server.setExecutor(this.threads);
		this.server.start();
	}

	String baseUrl() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	void outage(boolean on) {
		this.outage = on;
	}

	/** The texts each resident (Zalo user id) received, in order. */
	Map<String, List<String>> received() {
		Map<String, List<String>> copy = new HashMap<>();
		this.received.forEach((user, texts) -> {
			synchronized (texts) {
				copy.put(user, List.copyOf(texts));
			}
		});
		return copy;
	}

	/**
	 * Each reply this resident was sent: when it was accepted, and the app's end of the
	 * connection it came on, to compare with the app's log.
	 */
	List<Copy> copies(String user) {
		List<Copy> copies = this.copies.getOrDefault(user, List.of());
		synchronized (copies) {
			return List.copyOf(copies);
		}
	}

	/**
	 * How many sends got each answer ({@code sent}, {@code http-500}, {@code -216}...).
	 */
	Map<String, Integer> answers() {
		Map<String, Integer> copy = new HashMap<>();
		this.answers.forEach((answer, count) -> copy.put(answer, count.get()));
		return copy;
	}

	/** Refresh tokens the app spent more than once (Zalo's are single-use). */
	int refreshTokensReused() {
		return this.answers.getOrDefault("refresh-reused", new AtomicInteger()).get();
	}

	private void send(HttpExchange exchange) throws IOException {
		try (exchange) {
			JsonNode body = JSON.readTree(readBody(exchange));
			String user = recipient(body.path("recipient"));
			String text = body.path("message").path("text").asString("");
			String token = exchange.getRequestHeaders().getFirst("access_token");
			Fault fault = this.outage ? Fault.HTTP_500 : nextFault();
			if (fault == Fault.NONE && !this.validAccessTokens.contains(token)) {
				fault = Fault.TOKEN_INVALID;
			}
			count(fault.answer);
			switch (fault) {
				case HTTP_500 -> answer(exchange, 500, "{\"error\":-1,\"message\":\"Internal Server Error\"}");
				case HANG -> {
					sleep(this.hang);
					answer(exchange, 500, "{\"error\":-1,\"message\":\"gave up\"}");
				}
				case RATE_LIMITED -> answer(exchange, 200,
						"{\"error\":-32,\"message\":\"The number of requests exceeds the rate limit\"}");
				case TOKEN_INVALID -> answer(exchange, 200, "{\"error\":-216,\"message\":\"Access token is invalid\"}");
				case NONE -> {
					this.received.computeIfAbsent(user, (key) -> Collections.synchronizedList(new ArrayList<>()))
						.add(text);
					this.copies.computeIfAbsent(user, (key) -> Collections.synchronizedList(new ArrayList<>()))
						.add(new Copy(Instant.now(), exchange.getRemoteAddress().getPort()));
					String messageId = "chaos-" + Long.toHexString(this.random.nextLong()) + "-"
							+ this.issued.incrementAndGet();
					answer(exchange, 200, "{\"error\":0,\"message\":\"Success\",\"data\":{\"message_id\":\"" + messageId
							+ "\",\"user_id\":\"" + user + "\"}}");
				}
			}
		}
	}

	/**
	 * The resident a message reaches: named, or the sender of the message it replies to,
	 * as Zalo knows.
	 */
	private static String recipient(JsonNode recipient) {
		String user = recipient.path("user_id").asString("");
		String repliedTo = recipient.path("message_id").asString("");
		if (user.isEmpty() && repliedTo.startsWith(ResidentStream.MESSAGE_ID_PREFIX)) {
			return ResidentStream
				.resident(Integer.parseInt(repliedTo.substring(ResidentStream.MESSAGE_ID_PREFIX.length())));
		}
		return user;
	}

	private void refresh(HttpExchange exchange) throws IOException {
		try (exchange) {
			Map<String, String> form = form(readBody(exchange));
			String spent = form.getOrDefault("refresh_token", "");
			count(this.spentRefreshTokens.add(spent) ? "refresh" : "refresh-reused");
			int pair = this.issued.incrementAndGet();
			String access = "access-" + pair;
			this.validAccessTokens.clear();
			this.validAccessTokens.add(access);
			answer(exchange, 200, "{\"access_token\":\"" + access + "\",\"refresh_token\":\"refresh-" + pair
					+ "\",\"expires_in\":\"90000\"}");
		}
	}

	private synchronized Fault nextFault() {
		double draw = this.random.nextDouble();
		if (draw < 0.05) {
			return Fault.HTTP_500;
		}
		if (draw < 0.08) {
			return Fault.HANG;
		}
		if (draw < 0.13) {
			return Fault.RATE_LIMITED;
		}
		if (draw < 0.15) {
			return Fault.TOKEN_INVALID;
		}
		return Fault.NONE;
	}

	private void count(String answer) {
		this.answers.computeIfAbsent(answer, (key) -> new AtomicInteger()).incrementAndGet();
	}

	private static String readBody(HttpExchange exchange) throws IOException {
		try (InputStream in = exchange.getRequestBody()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static Map<String, String> form(String body) {
		Map<String, String> form = new HashMap<>();
		for (String pair : body.split("&")) {
			int equals = pair.indexOf('=');
			if (equals > 0) {
				form.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
						URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
			}
		}
		return form;
	}

	private static void answer(HttpExchange exchange, int status, String json) throws IOException {
		byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		exchange.getResponseBody().write(bytes);
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.threads.shutdownNow();
	}

	/** What a send gets, besides success. */
	private enum Fault {

		NONE("sent"), HTTP_500("http-500"), HANG("hang"), RATE_LIMITED("-32"), TOKEN_INVALID("-216");

		private final String answer;

		Fault(String answer) {
			this.answer = answer;
		}

	}

	/**
	 * A reply accepted for a resident.
	 *
	 * @param at when it was accepted
	 * @param appPort the app's port of the connection it came on
	 */
	record Copy(Instant at, int appPort) {
	}

}

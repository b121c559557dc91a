package vn.hocvuso.helpdesk.chaos;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A steady stream of signed Zalo {@code user_send_text} webhooks, one message from each
 * of many residents, each posted twice (the second two seconds later, as Zalo retries an
 * event it thinks was lost). It keeps going while the app is down. A message is
 * <em>accepted</em> when either post got HTTP 200.
 */
final class ResidentStream {

	static final Duration RETRY_AFTER = Duration.ofSeconds(2);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final List<String> QUESTIONS = List.of("cai vneid o dau", "quen mk vneid k vao dc",
			"nộp hồ sơ khai sinh online thế nào", "có người gọi xưng công an bảo cài app",
			"chuyển nhầm tiền phải làm sao", "giá vàng hôm nay", "xin chào", "cho tôi gặp cán bộ");

	private final Supplier<String> appUrl;

	private final String appId;

	private final String secret;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final Set<Integer> accepted = ConcurrentHashMap.newKeySet();

	private final AtomicInteger posts = new AtomicInteger();

	private final Map<String, AtomicInteger> answers = new ConcurrentHashMap<>();

	/**
	 * @param appUrl where the app listens now
	 * @param appId the Zalo app id inside each body
	 * @param secret the OA secret key that signs the webhooks
	 */
	ResidentStream(Supplier<String> appUrl, String appId, String secret) {
		this.appUrl = appUrl;
		this.appId = appId;
		this.secret = secret;
	}

	/**
	 * Sends {@code messages} messages evenly over {@code duration} and returns when the
	 * last retry has been posted.
	 */
	void run(int messages, Duration duration) throws InterruptedException {
		ScheduledExecutorService senders = Executors.newScheduledThreadPool(16);
		long spacingNanos = duration.toNanos() / messages;
		for (int i = 0; i < messages; i++) {
			int message = i;
			senders.schedule(() -> {
				Webhook webhook = webhook(message);
				post(message, webhook);
				senders.schedule(() -> post(message, webhook), RETRY_AFTER.toMillis(), TimeUnit.MILLISECONDS);
			}, i * spacingNanos, TimeUnit.NANOSECONDS);
		}
		Thread.sleep(duration.plus(RETRY_AFTER).toMillis());
		senders.shutdown();
		if (!senders.awaitTermination(2, TimeUnit.MINUTES)) {
			senders.shutdownNow();
		}
	}

	/** The messages that got HTTP 200 at least once. */
	Set<Integer> accepted() {
		return Set.copyOf(this.accepted);
	}

	int posts() {
		return this.posts.get();
	}

	/**
	 * How many posts got each answer: {@code 200} or another status, or {@code no-answer}
	 * when the app was down, dying or starting.
	 */
	Map<String, Integer> answers() {
		Map<String, Integer> copy = new TreeMap<>();
		this.answers.forEach((answer, count) -> copy.put(answer, count.get()));
		return copy;
	}

	/** Zalo message ids of the stream's messages: this and the message number. */
	static final String MESSAGE_ID_PREFIX = "chaos-msg-";

	/** The Zalo user id of the resident who sent message {@code message}. */
	static String resident(int message) {
		return String.format("71%016d", message);
	}

	/**
	 * A tag of letters only, so redaction (which masks digit runs) keeps it, put at the
	 * start of message {@code message}, so its case and ticket can be found by text.
	 */
	static String tag(int message) {
		char[] letters = new char[4];
		int rest = message;
		for (int i = 3; i >= 0; i--) {
			letters[i] = (char) ('a' + rest % 26);
			rest /= 26;
		}
		return "chaos" + new String(letters);
	}

	private Webhook webhook(int message) {
		String timestamp = String.valueOf(System.currentTimeMillis());
		ObjectNode event = JSON.createObjectNode();
		event.put("app_id", this.appId);
		event.putObject("sender").put("id", resident(message));
		event.put("user_id_by_app", "552177279717587730");
		event.putObject("recipient").put("id", "388613280878808645");
		event.put("event_name", "user_send_text");
		ObjectNode text = event.putObject("message");
		text.put("text", tag(message) + ": " + QUESTIONS.get(message % QUESTIONS.size()));
		text.put("msg_id", MESSAGE_ID_PREFIX + message);
		event.put("timestamp", timestamp);
		byte[] body = JSON.writeValueAsBytes(event);
		return new Webhook(body, signature(body, timestamp));
	}

	private void post(int message, Webhook webhook) {
		this.posts.incrementAndGet();
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.appUrl.get() + "/webhooks/zalo"))
			.timeout(Duration.ofSeconds(5))
			.header("Content-Type", "application/json")
			.header("X-ZEvent-Signature", webhook.signature())
			.POST(HttpRequest.BodyPublishers.ofByteArray(webhook.body()))
			.build();
		String answer = "no-answer";
		try {
			int status = this.http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
			answer = String.valueOf(status);
			if (status == 200) {
				this.accepted.add(message);
			}
		}
		catch (IOException ex) {
			// Refused or cut off: the app is down. Not accepted.
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.answers.computeIfAbsent(answer, (key) -> new AtomicInteger()).incrementAndGet();
	}

	/** Zalo's signature: SHA-256 over app id, raw body, timestamp and OA secret key. */
	private String signature(byte[] body, String timestamp) {
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			sha256.update(this.appId.getBytes(StandardCharsets.UTF_8));
			sha256.update(body);
			sha256.update(timestamp.getBytes(StandardCharsets.UTF_8));
			sha256.update(this.secret.getBytes(StandardCharsets.UTF_8));
			return "mac=" + HexFormat.of().formatHex(sha256.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JDK has SHA-256", ex);
		}
	}

	private record Webhook(byte[] body, String signature) {
	}

}

package vn.hocvuso.helpdesk.chaos;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.hocvuso.helpdesk.chaos.ChannelSender.Channel;

/**
 * Residents writing every personal form on every channel: each form once per channel, as
 * the whole message or inside a sentence residents write, one of which asks for a person;
 * those residents then write another form into their open ticket. Then an ambassador
 * answers some tickets and records a callback phone number.
 */
final class ResidentTraffic {

	/** How residents put a number in a message; the third asks for a person. */
	static final List<String> SENTENCES = List.of("%s", "số cccd của tôi là %s", "cho tôi gặp người thật, %s",
			"em bị khoá tài khoản VNeID, %s gọi lại giúp em với");

	private static final int ASKS_FOR_A_PERSON = 2;

	private static final int PER_SENTENCE = 3;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

	private final ChannelSender sender;

	private final StaffApi staff;

	private final AtomicInteger sent = new AtomicInteger();

	private final Map<String, String> webChatAnswers = new LinkedHashMap<>();

	ResidentTraffic(ChannelSender sender, StaffApi staff) {
		this.sender = sender;
		this.staff = staff;
	}

	/**
	 * Sends every form on every channel, and the marker on each, and waits until each
	 * message has its case. On each channel a quarter of the forms are whole messages;
	 * the others go {@value #PER_SENTENCE} to a message, in one of the sentences.
	 */
	void run(List<PersonalForms.Form> forms, String marker, Duration limit) throws Exception {
		List<Runnable> first = new ArrayList<>();
		List<Runnable> second = new ArrayList<>();
		for (Channel channel : Channel.values()) {
			int c = channel.ordinal();
			List<List<String>> packed = new ArrayList<>();
			for (int f = 0; f < forms.size(); f++) {
				int resident = 1000 * (c + 1) + f;
				String text = forms.get(f).text();
				if ((f + c) % SENTENCES.size() == 0) {
					first.add(() -> send(channel, resident, text));
				}
				else if (packed.isEmpty() || packed.get(packed.size() - 1).size() == PER_SENTENCE) {
					packed.add(new ArrayList<>(List.of(text)));
				}
				else {
					packed.get(packed.size() - 1).add(text);
				}
			}
			for (int p = 0; p < packed.size(); p++) {
				int resident = 1000 * (c + 1) + 500 + p;
				int sentence = 1 + (p + c) % (SENTENCES.size() - 1);
				String text = SENTENCES.get(sentence).formatted(String.join(". Và ", packed.get(p)));
				first.add(() -> send(channel, resident, text));
				if (sentence == ASKS_FOR_A_PERSON) {
					String more = forms.get((p * 7 + c) % forms.size()).text();
					second.add(() -> send(channel, resident, "em gửi thêm: " + more));
				}
			}
			first.add(() -> send(channel, 999 * (c + 1), marker + " cài VNeID ở đâu"));
		}
		sendAll(first);
		awaitCases(this.sent.get(), limit);
		sendAll(second);
		awaitCases(this.sent.get(), limit);
	}

	int sent() {
		return this.sent.get();
	}

	/** The answers of the web chat's POST, by session: the reply the resident read. */
	Map<String, String> webChatAnswers() {
		synchronized (this.webChatAnswers) {
			return Map.copyOf(this.webChatAnswers);
		}
	}

	/**
	 * An ambassador (admin) answers the first open ticket of each channel and records the
	 * resident's callback phone number on it.
	 * @return the ids of those tickets
	 */
	List<String> ambassadorAnswers(String callbackPhone) {
		List<String> answered = new ArrayList<>();
		List<String> channels = new ArrayList<>();
		for (JsonNode ticket : JSON.readTree(this.staff.getText("/api/v1/tickets?state=open"))) {
			String channel = ticket.path("channel").asString("");
			if (!channels.contains(channel)) {
				channels.add(channel);
				String id = ticket.path("id").asString();
				this.staff.post("/api/v1/tickets/" + id + "/claim", "{}");
				this.staff.post("/api/v1/tickets/" + id + "/replies",
						"{\"text\":\"Dạ, cán bộ phường sẽ gọi lại cho bác trong hôm nay ạ.\"}");
				this.staff.put("/api/v1/tickets/" + id + "/phone", "{\"phone\":\"" + callbackPhone + "\"}");
				answered.add(id);
			}
		}
		return answered;
	}

	private void send(Channel channel, int resident, String text) {
		String answer = this.sender.send(channel, resident, text);
		this.sent.incrementAndGet();
		if (channel == Channel.WEBCHAT) {
			synchronized (this.webChatAnswers) {
				this.webChatAnswers.merge(ChannelSender.residentId(channel, resident), answer, String::concat);
			}
		}
	}

	private static void sendAll(List<Runnable> sends) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(8);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (Runnable send : sends) {
				done.add(threads.submit(send));
			}
			for (Future<?> each : done) {
				each.get();
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

	/** Waits until the cases export has at least this many cases. */
	private void awaitCases(int expected, Duration limit) throws InterruptedException {
		long deadline = System.nanoTime() + limit.toNanos();
		int cases = 0;
		while (System.nanoTime() < deadline) {
			cases = cases();
			if (cases >= expected) {
				return;
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException(expected + " messages sent, but only " + cases + " cases after " + limit);
	}

	int cases() {
		LocalDate today = LocalDate.now(HANOI);
		String csv = this.staff
			.getText("/api/v1/reports/cases.csv?from=" + today.minusDays(1) + "&to=" + today.plusDays(1));
		return StaffView.Csv.parse(csv.startsWith("\uFEFF") ? csv.substring(1) : csv).size() - 1;
	}

}

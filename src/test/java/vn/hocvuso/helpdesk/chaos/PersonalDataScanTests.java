package vn.hocvuso.helpdesk.chaos;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import org.junit.jupiter.api.Test;

import vn.hocvuso.helpdesk.ProviderStandIn;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15: after residents write every personal form of {@code redaction/forms.tsv} on
 * every channel (as whole messages, inside sentences, into tickets), no ID-card, phone,
 * OTP or bank account number is found, as written or as its digits, in the store's files,
 * the app's log, the metrics, any staff API or export, the web chat's answers or what the
 * providers were sent. The one exception is the ticket's {@code phone}, the callback
 * number an ambassador recorded, which the ticket page shows on purpose. A marker word
 * sent like the numbers must be found, so the scan is known to read what it scans.
 */
class PersonalDataScanTests {

	private static final String ADMIN_PASSWORD = "scan-admin";

	/**
	 * Letters only, so redaction keeps it: it must be found where a message's words go.
	 */
	private static final String MARKER = "zqxdauvetquet";

	/** The callback number an ambassador records, a form of the table. */
	private static final String CALLBACK_PHONE = "0916 222 333";

	private static final Duration LIMIT = Duration.ofSeconds(90);

	@Test
	void noPersonalNumberReachesStoreLogsMetricsRepliesOrExports() throws Exception {
		long started = System.nanoTime();
		Path workDir = Files.createDirectories(Path.of("target", "privacy-scan", "run-" + System.nanoTime()));
		List<PersonalForms.Form> forms = PersonalForms.all();
		WireMockServer providers = ProviderStandIn.start();
		Map<String, String> places = new LinkedHashMap<>();
		ResidentTraffic traffic;
		try (AppUnderTest app = new AppUnderTest(workDir, arguments(providers.baseUrl()))) {
			stub(providers);
			app.start();
			lap("started", started);
			StaffApi staff = new StaffApi(app.baseUrl(), ADMIN_PASSWORD);
			addAmbassador(staff);
			traffic = new ResidentTraffic(new ChannelSender(app.baseUrl()), staff);
			traffic.run(forms, MARKER, LIMIT);
			List<String> callbacks = traffic.ambassadorAnswers(CALLBACK_PHONE);
			StaffPlaces.awaitOutboxEmpty(staff, LIMIT);
			lap(traffic.sent() + " messages handled", started);
			traffic.webChatAnswers().forEach((session, answer) -> places.put("web chat answer to " + session, answer));
			places.putAll(StaffPlaces.read(staff, traffic.webChatAnswers().keySet(), callbacks));
			places.putAll(sentToProviders(providers));
			lap(places.size() + " answers read", started);
		}
		finally {
			providers.stop();
		}
		String library = library();
		LeakScanner scanner = LeakScanner.of(forms, library);
		LeakScanner marker = new LeakScanner(Map.of(MARKER, "the marker"), library);
		Map<String, LeakScanner.Finding> leaks = new LinkedHashMap<>();
		Map<String, LeakScanner.Finding> markers = new LinkedHashMap<>();
		places.forEach((place, text) -> {
			scanner.scan(place, text).forEach((found) -> leaks.putIfAbsent(place + found.needle(), found));
			marker.scan(place, text).forEach((found) -> markers.putIfAbsent(place, found));
		});
		// Stopped, so the store has written everything to its file.
		ScannedFiles.read(workDir, (file, text) -> {
			scanner.scan(file, text).forEach((found) -> leaks.putIfAbsent(file + found.needle(), found));
			marker.scan(file, text).forEach((found) -> markers.putIfAbsent(file, found));
		});
		lap("scanned for " + scanner.size() + " needles of " + forms.size() + " forms", started);

		assertThat(places.keySet()).as("every provider was sent replies, and the web chat answered")
			.anyMatch((place) -> place.startsWith("provider got /v3.0/oa/message/cs"))
			.anyMatch((place) -> place.startsWith("provider got /bot"))
			.anyMatch((place) -> place.contains("/me/messages"))
			.anyMatch((place) -> place.startsWith("web chat answer"))
			.anyMatch((place) -> place.startsWith("GET /api/v1/tickets/"));
		assertThat(markers.keySet()).as("the scanner finds the marker where messages' words are kept")
			.anyMatch((source) -> source.startsWith("file store"))
			.anyMatch((source) -> source.startsWith("GET /api/v1/cases"))
			.anyMatch((source) -> source.startsWith("GET /api/v1/reports/cases.csv"));
		List<LeakScanner.Finding> exportPhones = leaks.values()
			.stream()
			.filter((found) -> found.source().endsWith(StaffPlaces.RESIDENT_PHONE))
			.toList();
		List<LeakScanner.Finding> elsewhere = leaks.values()
			.stream()
			.filter((found) -> !found.source().endsWith(StaffPlaces.RESIDENT_PHONE))
			.toList();
		assertThat(elsewhere).as(() -> report(elsewhere)).isEmpty();
		// The callback number in the resident's data export: masked by a change on main.
		assertThat(exportPhones).as(() -> report(exportPhones)).isEmpty();
	}

	private static String report(List<LeakScanner.Finding> leaks) {
		return leaks.size() + " personal numbers found:\n"
				+ leaks.stream().map(LeakScanner.Finding::toString).collect(Collectors.joining("\n"));
	}

	private static void lap(String what, long started) {
		System.out.printf("personal data scan: %s at %d s%n", what,
				Duration.ofNanos(System.nanoTime() - started).toSeconds());
	}

	/** The library's guides and examples, lower case: the app's own text. */
	private static String library() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("knowledge-base"))) {
			StringBuilder library = new StringBuilder();
			for (Path file : files.sorted().toList()) {
				library.append(Files.readString(file).toLowerCase(Locale.ROOT)).append('\n');
			}
			return library.toString();
		}
	}

	/** Each request the providers got: its address and body. */
	private static Map<String, String> sentToProviders(WireMockServer providers) {
		Map<String, String> sent = new LinkedHashMap<>();
		for (ServeEvent event : providers.getAllServeEvents()) {
			sent.put("provider got " + event.getRequest().getUrl() + " (" + event.getId() + ")",
					event.getRequest().getUrl() + "\n" + event.getRequest().getBodyAsString());
		}
		return sent;
	}

	private static void stub(WireMockServer providers) {
		providers.stubFor(any(urlPathMatching("/v3.0/oa/message/cs")).willReturn(json(
				"{\"data\":{\"message_id\":\"scan-zalo-1\",\"user_id\":\"1\"},\"error\":0,\"message\":\"Success\"}")));
		providers.stubFor(any(urlPathMatching("/v4/oa/access_token")).willReturn(
				json("{\"access_token\":\"access-2\",\"refresh_token\":\"refresh-2\",\"expires_in\":\"90000\"}")));
		providers.stubFor(any(urlPathMatching("/bot.*")).willReturn(json(
				"{\"ok\":true,\"result\":{\"message_id\":44,\"chat\":{\"id\":1,\"type\":\"private\"},\"date\":1700001200}}")));
		providers.stubFor(any(urlPathMatching(".*/me/messages"))
			.willReturn(json("{\"recipient_id\":\"1\",\"message_id\":\"m_scan\"}")));
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
		return aResponse().withHeader("Content-Type", "application/json").withBody(body);
	}

	/** One residential group and an ambassador on Zalo, so tickets notify someone. */
	private static void addAmbassador(StaffApi staff) {
		staff.put("/api/v1/groups/TDP01", "{\"name\":\"Tổ dân phố số 1\"}");
		staff.put("/api/v1/ambassadors/daisu01", "{\"name\":\"Đại sứ quét\",\"phone\":\"0900000009\","
				+ "\"zaloUserId\":\"7199999999999999\",\"groupCodes\":[\"TDP01\"],\"password\":\"scan-ambassador-1\"}");
	}

	private static List<String> arguments(String providers) {
		// pages uncompressed, so the store file's bytes read as the text they hold
		return List.of("--helpdesk.store.compress=false", "--helpdesk.admin.initial-password=" + ADMIN_PASSWORD,
				"--helpdesk.channels.zalo.enabled=true", "--helpdesk.channels.zalo.app-id=" + ChannelSender.ZALO_APP_ID,
				"--helpdesk.channels.zalo.oa-secret-key=" + ChannelSender.ZALO_SECRET,
				"--helpdesk.channels.zalo.app-secret=scan-app-secret", "--helpdesk.channels.zalo.access-token=access-1",
				"--helpdesk.channels.zalo.refresh-token=refresh-1",
				"--helpdesk.channels.zalo.api-base-url=" + providers,
				"--helpdesk.channels.zalo.oauth-base-url=" + providers, "--helpdesk.channels.telegram.enabled=true",
				"--helpdesk.channels.telegram.bot-token=" + ChannelSender.TELEGRAM_TOKEN,
				"--helpdesk.channels.telegram.secret-token=" + ChannelSender.TELEGRAM_SECRET,
				"--helpdesk.channels.telegram.api-base-url=" + providers, "--helpdesk.channels.messenger.enabled=true",
				"--helpdesk.channels.messenger.app-secret=" + ChannelSender.MESSENGER_SECRET,
				"--helpdesk.channels.messenger.verify-token=scan-verify-token",
				"--helpdesk.channels.messenger.page-access-token=scan-page-token",
				"--helpdesk.channels.messenger.api-base-url=" + providers, "--helpdesk.delivery.first-backoff=200ms",
				"--helpdesk.delivery.max-backoff=1s", "--helpdesk.delivery.poll-interval=200ms",
				"--helpdesk.inbox.sweep-interval=1s");
	}

}

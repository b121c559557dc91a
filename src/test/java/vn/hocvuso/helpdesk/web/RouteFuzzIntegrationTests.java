package vn.hocvuso.helpdesk.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import vn.hocvuso.helpdesk.ConsoleSession;
import vn.hocvuso.helpdesk.HelpdeskClient;
import vn.hocvuso.helpdesk.WardFixture;
import vn.hocvuso.helpdesk.web.FuzzCaller.Session;
import vn.hocvuso.helpdesk.web.FuzzRequest.Caller;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fuzz run over every public route the running app has (found at run time, see
 * {@link RouteCatalog}), with all three provider channels on: wrong methods, hostile path
 * variables and query parameters, bad bodies and broken webhook signatures, sent
 * anonymously, as signed-in staff and as a signed-in ambassador. Every request must be
 * answered within 35 s (the app's own limit is 30 s), never with a 5xx, and every 4xx of
 * the API must be problem+json; afterwards the app is still healthy.
 * <p>
 * Size and seed: {@code -Dfuzz.requests=1500} (the default; {@code bench/fuzz.sh} sends
 * 10,000) and {@code -Dfuzz.seed=20261205}. The seed is printed, so a failing run can be
 * sent again exactly. The app gets a context of its own, so what the run changes (groups,
 * drafts, publishes) touches no other test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "helpdesk.store.embedded-backend=memory",
				"helpdesk.admin.initial-password=" + RouteFuzzIntegrationTests.ADMIN_PASSWORD,
				"helpdesk.channels.zalo.enabled=true", "helpdesk.channels.zalo.app-id=" + WebhookSigner.ZALO_APP_ID,
				"helpdesk.channels.zalo.oa-secret-key=" + WebhookSigner.ZALO_OA_SECRET,
				"helpdesk.channels.zalo.app-secret=fuzz-app-secret", "helpdesk.channels.zalo.access-token=token-1",
				"helpdesk.channels.zalo.refresh-token=refresh-1",
				"helpdesk.channels.zalo.api-base-url=" + RouteFuzzIntegrationTests.NOWHERE,
				"helpdesk.channels.zalo.oauth-base-url=" + RouteFuzzIntegrationTests.NOWHERE,
				"helpdesk.channels.messenger.enabled=true",
				"helpdesk.channels.messenger.app-secret=" + WebhookSigner.MESSENGER_APP_SECRET,
				"helpdesk.channels.messenger.verify-token=" + WebhookSigner.MESSENGER_VERIFY_TOKEN,
				"helpdesk.channels.messenger.page-access-token=fuzz-page-token",
				"helpdesk.channels.messenger.api-base-url=" + RouteFuzzIntegrationTests.NOWHERE,
				"helpdesk.channels.telegram.enabled=true", "helpdesk.channels.telegram.bot-token=fuzz-bot-token",
				"helpdesk.channels.telegram.secret-token=" + WebhookSigner.TELEGRAM_SECRET,
				"helpdesk.channels.telegram.api-base-url=" + RouteFuzzIntegrationTests.NOWHERE })
class RouteFuzzIntegrationTests {

	static final String ADMIN_PASSWORD = "fuzz-admin-password";

	/** The providers' APIs: a closed local port, so replies fail at once and wait. */
	static final String NOWHERE = "http://127.0.0.1:9";

	private static final Duration ANSWER_WITHIN = Duration.ofSeconds(35);

	private static final int CONCURRENCY = 6;

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void everyRouteAnswersEveryGeneratedRequestWithoutA5xxAndStaysHealthy() {
		int count = Integer.getInteger("fuzz.requests", 1_500);
		long seed = Long.getLong("fuzz.seed", 20261205L);
		List<FuzzRoute> routes = RouteCatalog.discover(this.context);
		System.out.println("Fuzzing " + routes.size() + " routes with " + count + " requests, -Dfuzz.seed=" + seed);
		routes.forEach((route) -> System.out.println("  " + route + "  (" + route.source() + ")"));
		assertThat(routes).as("the routes found at run time")
			.extracting(FuzzRoute::pattern)
			.contains("/api/v1/webchat/messages", "/webhooks/{channel}", "/api/v1/tickets/{id}/claim", "/login", "/",
					"/staff/ward.html");

		HelpdeskClient client = HelpdeskClient.on(this.port, ADMIN_PASSWORD);
		WardFixture ward = new WardFixture(client);
		String ambassador = ward.ambassador(ward.group());
		Map<Caller, Session> sessions = Map.of(Caller.STAFF, signIn("admin", ADMIN_PASSWORD), Caller.AMBASSADOR,
				signIn(ambassador, WardFixture.PASSWORD));
		FuzzCaller caller = new FuzzCaller(this.port, sessions, ADMIN_PASSWORD, ANSWER_WITHIN);
		List<FuzzRequest> requests = new FuzzRequests(routes, seed, Set.of("admin", ambassador)).make(count);

		FuzzFindings findings = new FuzzFindings();
		long start = System.nanoTime();
		Flux.fromIterable(requests)
			.flatMap(caller::send, CONCURRENCY)
			.doOnNext(findings::record)
			.then()
			.block(Duration.ofMinutes(60));
		long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();

		String health = health(client);
		System.out.println("Statuses by route:" + findings.statusesByRoute());
		System.out.println("Slowest (" + findings.slowestMillis() + " ms): " + findings.slowest());
		System.out.printf(
				"RESULT requests=%d routes=%d 5xx=%d unanswered=%d non-problem-4xx=%d health=%s duration=%ds slowest=%dms seed=%d statuses=%s%n",
				findings.requests(), routes.size(), findings.serverErrors(), findings.unanswered(),
				findings.notProblems(), health, seconds, findings.slowestMillis(), seed, findings.statuses());
		assertThat(findings.requests()).as("requests sent").isEqualTo(count);
		assertThat(findings.clean()).as("findings of the fuzz run (-Dfuzz.seed=%d):%s", seed, findings.report())
			.isTrue();
		assertThat(health).as("health after the run").isEqualTo("UP");
	}

	private Session signIn(String username, String password) {
		ConsoleSession session = ConsoleSession.signIn(this.port, username, password);
		session.get("/console/index.html").expectStatus().isOk();
		return new Session(session.cookie("HOIDAPSO_SESSION"), session.cookie("XSRF-TOKEN"));
	}

	private static String health(HelpdeskClient client) {
		Map<?, ?> body = client.http()
			.get()
			.uri("/actuator/health")
			.exchange()
			.returnResult(Map.class)
			.getResponseBody()
			.blockFirst(Duration.ofSeconds(10));
		return (body != null) ? String.valueOf(body.get("status")) : "no answer";
	}

}

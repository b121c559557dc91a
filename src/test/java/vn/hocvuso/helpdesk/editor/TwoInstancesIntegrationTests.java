package vn.hocvuso.helpdesk.editor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.hocvuso.helpdesk.HelpdeskApplication;
import vn.hocvuso.helpdesk.HelpdeskClient;
import vn.hocvuso.helpdesk.HelpdeskIntegrationTest;
import vn.hocvuso.helpdesk.WardFixture;
import vn.hocvuso.helpdesk.WireServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two app instances on one store, as replicas share one MongoDB: a publish on one is
 * served by both within seconds (the other notices the version document), and under load
 * on both nothing is claimed twice, sent twice or lost between them.
 */
class TwoInstancesIntegrationTests {

	private static final int RESIDENTS = 4;

	WireServer store;

	ConfigurableApplicationContext first;

	ConfigurableApplicationContext second;

	@BeforeEach
	void startTwoInstancesOnOneStore() {
		this.store = new WireServer();
		this.first = start(this.store);
		this.second = start(this.store);
	}

	@AfterEach
	void stop() {
		this.second.close();
		this.first.close();
		this.store.close();
	}

	@Test
	void bothInstancesServeTheNewVersionAfterAPublishOnOne() {
		LibraryApi publisher = new LibraryApi(port(this.first));
		LibraryApi other = new LibraryApi(port(this.second));
		assertThat(other.client().chat("two-before", LibraryEditorIntegrationTests.QUESTION).get("topic"))
			.isNotEqualTo(LibraryEditorIntegrationTests.TOPIC);
		publisher.addExamples(LibraryEditorIntegrationTests.TOPIC, LibraryEditorIntegrationTests.NEW_PHRASINGS);
		int before = publisher.liveVersion();
		assertThat(publisher.publishAndWait()).containsEntry("state", "DONE");
		assertThat(publisher.client().chat("two-first", LibraryEditorIntegrationTests.QUESTION)).containsEntry("topic",
				LibraryEditorIntegrationTests.TOPIC);
		Map<String, Object> answer = await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> other.client().chat("two-second", LibraryEditorIntegrationTests.QUESTION),
					(reply) -> LibraryEditorIntegrationTests.TOPIC.equals(reply.get("topic")));
		assertThat(answer).containsEntry("decision", "answer");
		assertThat(other.liveVersion()).isEqualTo(before + 1);
	}

	/**
	 * Residents write on one instance and name their group on the other while both
	 * instances publish at once; then two ambassadors claim every ticket at the same
	 * time, one on each instance, and the winner answers on the other one.
	 */
	@Test
	void underLoadOnBothEachTicketIsClaimedOnceAndEachReplyDeliveredOnce() throws Exception {
		HelpdeskClient one = HelpdeskClient.on(port(this.first));
		HelpdeskClient two = HelpdeskClient.on(port(this.second));
		WardFixture wardOne = new WardFixture(one);
		WardFixture wardTwo = new WardFixture(two);
		String group = wardOne.group();
		String left = wardOne.ambassador(group);
		String right = wardOne.ambassador(group);
		// Each instance reads the ward's groups again within 20 s (WardDirectory).
		await("the second instance knows the new group").atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> two.staffList("/api/v1/groups").stream().anyMatch((known) -> group.equals(known.get("code"))));
		LibraryApi publisher = new LibraryApi(port(this.first));
		LibraryApi otherPublisher = new LibraryApi(port(this.second));
		publisher.addExamples(LibraryEditorIntegrationTests.TOPIC, LibraryEditorIntegrationTests.NEW_PHRASINGS);
		int before = publisher.liveVersion();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<WardFixture.Resident>> residents = new ArrayList<>();
			for (int i = 0; i < RESIDENTS; i++) {
				HelpdeskClient asks = (i % 2 == 0) ? one : two;
				HelpdeskClient answers = (i % 2 == 0) ? two : one;
				String session = "two-load-" + i + "-" + System.nanoTime();
				AtomicInteger said = new AtomicInteger();
				residents.add(pool.submit(() -> wardOne.ticketFor(
						(text) -> ((said.getAndIncrement() == 0) ? asks : answers).chat(session, text), group,
						session)));
			}
			List<Future<Integer>> publishes = List.of(pool.submit(() -> publishStatus(publisher)),
					pool.submit(() -> publishStatus(otherPublisher)));
			List<Integer> publishStatuses = new ArrayList<>();
			for (Future<Integer> publish : publishes) {
				publishStatuses.add(publish.get(60, TimeUnit.SECONDS));
			}
			assertThat(publishStatuses).as("one publish at a time").containsExactlyInAnyOrder(202, 409);
			List<WardFixture.Resident> withTickets = new ArrayList<>();
			for (Future<WardFixture.Resident> resident : residents) {
				withTickets.add(resident.get(90, TimeUnit.SECONDS));
			}
			assertThat(withTickets).as("each named their group on the other instance, and it was understood")
				.extracting(WardFixture.Resident::ticketId)
				.doesNotHaveDuplicates()
				.hasSize(RESIDENTS);
			assertThat(publisher.awaitJob()).containsEntry("state", "DONE");

			for (WardFixture.Resident resident : withTickets) {
				String id = resident.ticketId();
				Future<Integer> onOne = pool
					.submit(() -> status(wardOne.act(left, HttpMethod.POST, id, "/claim", Map.of())));
				Future<Integer> onTwo = pool
					.submit(() -> status(wardTwo.act(right, HttpMethod.POST, id, "/claim", Map.of())));
				int leftStatus = onOne.get(30, TimeUnit.SECONDS);
				int rightStatus = onTwo.get(30, TimeUnit.SECONDS);
				assertThat(List.of(leftStatus, rightStatus)).as("claims of " + id).containsExactlyInAnyOrder(200, 409);
				String winner = (leftStatus == 200) ? left : right;
				assertThat(WardFixture.summary(wardOne.detail("admin", id))).containsEntry("claimedBy", winner);
				WardFixture answersOn = (winner.equals(left)) ? wardTwo : wardOne;
				answersOn.reply(winner, id, "Cán bộ phường trả lời phiếu " + id);
			}
			for (WardFixture.Resident resident : withTickets) {
				String text = "Cán bộ phường trả lời phiếu " + resident.ticketId();
				wardTwo.awaitReply("admin", resident.ticketId(), "SENT");
				assertThat(one.mailbox(resident.session())).as("delivered once").containsOnlyOnce(text);
			}
		}
		finally {
			pool.shutdownNow();
		}
		int published = before + 1;
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> otherPublisher.liveVersion() == published && publisher.liveVersion() == published);
		for (HelpdeskClient client : List.of(one, two)) {
			assertThat(client.chat("two-after-" + System.nanoTime(), LibraryEditorIntegrationTests.QUESTION))
				.containsEntry("topic", LibraryEditorIntegrationTests.TOPIC);
		}
	}

	private static int publishStatus(LibraryApi api) {
		return status(api.send("POST", "/api/v1/library/publish", Map.of("note", "hai máy cùng lúc")));
	}

	private static int status(WebTestClient.ResponseSpec response) {
		return response.expectBody(String.class).returnResult().getStatus().value();
	}

	private static ConfigurableApplicationContext start(WireServer store) {
		List<String> arguments = new ArrayList<>(store.appArguments());
		arguments.addAll(List.of("--server.port=0",
				"--helpdesk.admin.initial-password=" + HelpdeskIntegrationTest.ADMIN_PASSWORD,
				"--helpdesk.knowledge.poll-interval=300ms",
				// The test signs in with HTTP Basic on every request, several at once
				// from
				// one address: the throttle counts each until its password is checked.
				"--helpdesk.web.sign-in.failures-per-account=50", "--helpdesk.web.sign-in.failures-per-address=200"));
		return new SpringApplicationBuilder(HelpdeskApplication.class).run(arguments.toArray(String[]::new));
	}

	private static int port(ConfigurableApplicationContext context) {
		return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
	}

}

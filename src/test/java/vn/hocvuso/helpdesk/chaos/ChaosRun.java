package vn.hocvuso.helpdesk.chaos;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.util.FileSystemUtils;

/**
 * One chaos run: the app as a child JVM on a temporary store, Zalo standing in with
 * faults and one outage, a stream of residents' messages, and SIGKILLs of the app at
 * random moments mid-stream, each followed by a start on the same store. Then it waits, a
 * bounded time, for every accepted message to have a case and a reply or a person, and
 * for the outbox to be empty, and reports what it sees.
 */
final class ChaosRun {

	static final String APP_ID = "360846524940903967";

	static final String OA_SECRET_KEY = "chaos-oa-secret-key";

	/**
	 * How long a reply Zalo accepted may wait for its "sent" mark on disk on a busy
	 * machine; a kill inside it sends the reply again after the restart (ADR 3).
	 */
	static final Duration IN_FLIGHT = Duration.ofSeconds(5);

	/** The app's Zalo timeout in this run. */
	private static final Duration ZALO_TIMEOUT = Duration.ofSeconds(1);

	/** Longer than the app's Zalo timeout. */
	private static final Duration HANG = Duration.ofSeconds(3);

	private final ChaosSize size;

	private final Path workDir;

	private final long seed;

	private final AtomicInteger kills = new AtomicInteger();

	private final List<Integer> exitValues = new ArrayList<>();

	/** When each kill had happened. */
	private final List<Instant> killedAt = new ArrayList<>();

	/** Residents who got a reply twice without a kill right after the first copy. */
	private final List<String> unexplainedDuplicates = new ArrayList<>();

	private StaffLoad staff;

	private StoredCases storedCases = new StoredCases(0, 0);

	private String publishOutcome = "";

	ChaosRun(ChaosSize size, Path workDir, long seed) {
		this.size = size;
		this.workDir = workDir;
		this.seed = seed;
	}

	/** Cases in the store after the first start and at the end. */
	StoredCases storedCases() {
		return this.storedCases;
	}

	/** The state of the publish's job at the end: DONE, FAILED, or RUNNING if stuck. */
	String publishOutcome() {
		return this.publishOutcome;
	}

	/**
	 * Whether a kill came while the publish could still be running (a minute after it was
	 * accepted): its job then stays RUNNING until its lease runs out and another publish
	 * takes over (README, {@code helpdesk.editor.publish-lease}).
	 */
	boolean publishInterrupted() {
		Instant accepted = this.staff.publishedAt();
		if (accepted.equals(Instant.MAX)) {
			return false;
		}
		synchronized (this.exitValues) {
			return this.killedAt.stream()
				.anyMatch((kill) -> kill.isAfter(accepted) && kill.isBefore(accepted.plus(Duration.ofMinutes(1))));
		}
	}

	/** What staff got from the app during the stream. */
	StaffLoad staff() {
		return this.staff;
	}

	/** Exit values of the killed app, 137 for each SIGKILL. */
	List<Integer> exitValues() {
		return List.copyOf(this.exitValues);
	}

	/**
	 * Residents who received a reply twice although no kill came within
	 * {@link #IN_FLIGHT} after one of their replies arrived: a duplicate nothing
	 * explains.
	 */
	List<String> unexplainedDuplicates() {
		return List.copyOf(this.unexplainedDuplicates);
	}

	ChaosReport run() throws IOException, InterruptedException {
		try (ZaloChaosStandIn zalo = new ZaloChaosStandIn(HANG, "access-0");
				AppUnderTest app = new AppUnderTest(this.workDir,
						arguments(zalo.baseUrl(), this.size.adminPassword()))) {
			if (this.size.store() != null) {
				FileSystemUtils.copyRecursively(this.size.store(), this.workDir.resolve("store"));
			}
			app.start();
			this.staff = new StaffLoad(app.baseUrl(), this.size.adminPassword());
			int casesBefore = new StaffView(app.baseUrl(), this.size.adminPassword()).casesInTheLastYears();
			ResidentStream stream = new ResidentStream(app::baseUrl, APP_ID, OA_SECRET_KEY);
			Duration streamLength = this.size.stream();
			long started = System.nanoTime();
			Thread outage = new Thread(() -> outage(zalo, streamLength), "chaos-outage");
			Thread killer = new Thread(() -> kill(app, started, streamLength), "chaos-killer");
			Thread staffAtWork = new Thread(() -> this.staff.run(streamLength), "chaos-staff");
			outage.start();
			killer.start();
			staffAtWork.start();
			stream.run(this.size.messages(), streamLength);
			killer.join();
			outage.join();
			staffAtWork.join();
			StaffView staff = new StaffView(app.baseUrl(), this.size.adminPassword());
			ChaosReport report;
			try {
				report = drain(stream, staff, zalo, started);
				this.storedCases = new StoredCases(casesBefore, staff.casesInTheLastYears());
			}
			catch (RuntimeException ex) {
				app.dumpThreads();
				throw ex;
			}
			this.publishOutcome = this.staff.publishOutcome();
			System.out.println("chaos: seed=" + this.seed + " posts=" + stream.posts() + " webhook answers="
					+ stream.answers() + " zalo answers=" + zalo.answers() + " lost=" + report.lostMessages()
					+ " received twice by=" + ChaosReport.duplicatedResidents(zalo.received()) + " log=" + app.log());
			List<Instant> kills;
			synchronized (this.exitValues) {
				kills = List.copyOf(this.killedAt);
			}
			List<ReadTimeouts.ReadTimeout> timeouts = ReadTimeouts.in(app.log().toPath());
			for (String resident : ChaosReport.duplicatedResidents(zalo.received())) {
				System.out.println("chaos: " + resident + " received replies at " + zalo.copies(resident));
				if (zalo.copies(resident).stream().noneMatch((copy) -> explains(copy, kills, timeouts))) {
					this.unexplainedDuplicates.add(resident);
				}
			}
			System.out.println(report.summary());
			System.out.println("chaos: " + this.staff.summary() + "; cases stored at the first start "
					+ this.storedCases.atFirstStart() + ", at the end " + this.storedCases.atEnd()
					+ "; the publish ended " + this.publishOutcome);
			return report;
		}
	}

	/** Waits until nothing accepted is lost and no reply waits, or the drain limit. */
	private ChaosReport drain(ResidentStream stream, StaffView staff, ZaloChaosStandIn zalo, long started)
			throws InterruptedException {
		long deadline = System.nanoTime() + this.size.drainLimit().toNanos();
		while (true) {
			ChaosReport report = ChaosReport.of(this.size.messages(), stream.accepted(), staff.cases(),
					staff.openTicketPreviews(), zalo.received(), this.kills.get(), zalo.refreshTokensReused(),
					Duration.ofNanos(System.nanoTime() - started));
			boolean settled = report.lost() == 0 && staff.zaloRepliesWaiting() == 0;
			if (settled || System.nanoTime() > deadline) {
				return report;
			}
			Thread.sleep(3000);
		}
	}

	/** One outage, starting a quarter into the stream. */
	private void outage(ZaloChaosStandIn zalo, Duration streamLength) {
		sleep(streamLength.dividedBy(4));
		zalo.outage(true);
		sleep(this.size.outage());
		zalo.outage(false);
	}

	/**
	 * Kills at random moments between 10% and 90% of the stream, each after the app is
	 * healthy again.
	 */
	private void kill(AppUnderTest app, long started, Duration streamLength) {
		Random random = new Random(this.seed);
		List<Long> moments = new ArrayList<>();
		for (int i = 0; i < this.size.kills(); i++) {
			moments.add((long) (streamLength.toNanos() * (0.1 + 0.8 * random.nextDouble())));
		}
		moments.sort(null);
		for (long moment : moments) {
			long wait = started + moment - System.nanoTime();
			sleep(Duration.ofNanos(Math.max(wait, Duration.ofSeconds(2).toNanos())));
			int exit = app.kill();
			synchronized (this.exitValues) {
				this.exitValues.add(exit);
				this.killedAt.add(Instant.now());
			}
			this.kills.incrementAndGet();
			System.out.println("chaos: killed the app (exit " + exit + ") at "
					+ Duration.ofNanos(System.nanoTime() - started).toSeconds() + "s (" + Instant.now()
					+ "); starting it again");
			app.start();
			System.out.println("chaos: the app is healthy again at " + Instant.now());
		}
	}

	private static List<String> arguments(String zaloUrl, String adminPassword) {
		return List.of("--helpdesk.admin.initial-password=" + adminPassword, "--helpdesk.channels.zalo.enabled=true",
				"--helpdesk.channels.zalo.app-id=" + APP_ID, "--helpdesk.channels.zalo.oa-secret-key=" + OA_SECRET_KEY,
				"--helpdesk.channels.zalo.app-secret=chaos-app-secret",
				"--helpdesk.channels.zalo.access-token=access-0", "--helpdesk.channels.zalo.refresh-token=refresh-0",
				"--helpdesk.channels.zalo.api-base-url=" + zaloUrl,
				"--helpdesk.channels.zalo.oauth-base-url=" + zaloUrl,
				"--helpdesk.channels.zalo.timeout=" + ZALO_TIMEOUT.toSeconds() + "s",
				"--helpdesk.channels.zalo.refresh-min-interval=1s", "--helpdesk.delivery.first-backoff=200ms",
				"--helpdesk.delivery.max-backoff=2s", "--helpdesk.delivery.poll-interval=200ms",
				"--helpdesk.inbox.sweep-interval=1s");
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * Whether a copy of a reply is one the app could not know had arrived: a kill came
	 * before its "sent" mark was on disk, or the app gave up waiting for Zalo's answer on
	 * that connection just after Zalo accepted it (ADR 3: at least once).
	 */
	private static boolean explains(ZaloChaosStandIn.Copy copy, List<Instant> kills,
			List<ReadTimeouts.ReadTimeout> timeouts) {
		Instant arrived = copy.at();
		return kills.stream().anyMatch((kill) -> !kill.isBefore(arrived) && kill.isBefore(arrived.plus(IN_FLIGHT)))
				|| timeouts.stream()
					.anyMatch((timeout) -> timeout.localPort() == copy.appPort() && !timeout.at().isBefore(arrived)
							&& timeout.at().isBefore(arrived.plus(ZALO_TIMEOUT).plusSeconds(1)));
	}

	/** How many cases the store held after the first start and at the end. */
	record StoredCases(int atFirstStart, int atEnd) {
	}

}

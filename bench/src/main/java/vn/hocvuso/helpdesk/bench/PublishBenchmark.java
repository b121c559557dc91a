package vn.hocvuso.helpdesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import vn.hocvuso.helpdesk.knowledge.Article;
import vn.hocvuso.helpdesk.knowledge.store.DraftStore;
import vn.hocvuso.helpdesk.nlu.LiveLibrary;
import vn.hocvuso.helpdesk.nlu.Understanding;
import vn.hocvuso.helpdesk.nlu.UnderstandingService;

/**
 * Publishing the full library, in the running app on an embedded H2 store:
 * <ul>
 * <li>{@code publishUntilServing}: from the staff's "publish" request (HTTP, signed in)
 * until this instance answers from the new version: validate, take the lock, train the
 * model on every example, store the version, switch. A draft with one new example is
 * saved before each, outside the measured time.</li>
 * <li>{@code duringPublish}: one thread publishes again and again while another
 * classifies residents' questions flat out, through the app's own path (normalise,
 * prediction cache, model, decision); {@code quiet} classifies the same way with no
 * publish running. Every question gets a made-up word of its own, so none comes from the
 * prediction cache: the cost of a message not seen before.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = { "-Xms1g", "-Xmx1g" })
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PublishBenchmark {

	private static final Pattern TEXT = Pattern.compile("\"text\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

	private RunningApp app;

	private LiveLibrary live;

	private DraftStore drafts;

	private UnderstandingService understanding;

	private List<String> questions;

	private final AtomicInteger asked = new AtomicInteger();

	private final AtomicInteger edits = new AtomicInteger();

	@Setup(Level.Trial)
	public void start() throws IOException {
		this.app = new RunningApp();
		this.live = this.app.bean(LiveLibrary.class);
		this.drafts = this.app.bean(DraftStore.class);
		this.understanding = this.app.bean(UnderstandingService.class);
		this.questions = devSet(Path.of(System.getProperty("questions", "src/test/resources/nlu/dev-set.jsonl")));
	}

	@TearDown(Level.Trial)
	public void stop() {
		this.app.close();
	}

	/** Draft state for the single-shot publish: one new example saved before each. */
	@State(Scope.Thread)
	public static class OneDraft {

		@Setup(Level.Invocation)
		public void save(PublishBenchmark bench) {
			bench.awaitIdle();
			bench.saveDraft();
		}

	}

	@Benchmark
	@BenchmarkMode(Mode.SingleShotTime)
	@Warmup(iterations = 3)
	@Measurement(iterations = 15)
	public int publishUntilServing(OneDraft draft) {
		return publishAndWait();
	}

	@Benchmark
	@Group("duringPublish")
	@GroupThreads(1)
	@BenchmarkMode(Mode.SampleTime)
	@OutputTimeUnit(TimeUnit.MICROSECONDS)
	@Warmup(iterations = 2, time = 5)
	@Measurement(iterations = 5, time = 10)
	public int publishing() {
		awaitIdle();
		saveDraft();
		return publishAndWait();
	}

	@Benchmark
	@Group("duringPublish")
	@GroupThreads(1)
	@BenchmarkMode(Mode.SampleTime)
	@OutputTimeUnit(TimeUnit.MICROSECONDS)
	@Warmup(iterations = 2, time = 5)
	@Measurement(iterations = 5, time = 10)
	public Understanding classifying() {
		return classifyNext();
	}

	@Benchmark
	@BenchmarkMode(Mode.SampleTime)
	@OutputTimeUnit(TimeUnit.MICROSECONDS)
	@Warmup(iterations = 2, time = 5)
	@Measurement(iterations = 5, time = 10)
	public Understanding quiet() {
		return classifyNext();
	}

	private Understanding classifyNext() {
		int n = this.asked.getAndIncrement();
		return this.understanding.understand(this.questions.get(n % this.questions.size()) + " " + word(n));
	}

	/** Publishes the drafts and waits until this instance answers from them. */
	private int publishAndWait() {
		int target = this.live.version() + 1;
		int status = this.app.post("/api/v1/library/publish", "{\"note\":\"benchmark\"}");
		if (status != 202) {
			throw new IllegalStateException("publish answered " + status);
		}
		while (this.live.version() < target) {
			LockSupport.parkNanos(200_000);
		}
		return target;
	}

	/**
	 * Waits until the last publish has finished its work after the switch (drafts removed,
	 * audit written), so the next one is not refused as running at the same time.
	 */
	private void awaitIdle() {
		while (this.app.get("/api/v1/library/publish").contains("\"RUNNING\"")) {
			LockSupport.parkNanos(1_000_000);
		}
	}

	/** A draft of one article with one more example question, made up for the run. */
	private void saveDraft() {
		Article article = this.live.library().article("vneid.install").orElseThrow();
		List<String> examples = new ArrayList<>(article.examples());
		examples.add("cai vneid tren may " + word(this.edits.getAndIncrement()) + " o dau");
		this.drafts.save(article.withExamples(examples), "bench", Instant.now()).block();
	}

	/** A made-up word of letters only (a number would become a placeholder). */
	private static String word(int n) {
		StringBuilder word = new StringBuilder("q");
		for (int left = n; left > 0; left /= 26) {
			word.append((char) ('a' + left % 26));
		}
		return word.toString();
	}

	private static List<String> devSet(Path file) throws IOException {
		List<String> texts = new ArrayList<>();
		for (String line : Files.readAllLines(file)) {
			Matcher text = TEXT.matcher(line);
			if (text.find()) {
				texts.add(text.group(1).replace("\\\"", "\"").replace("\\\\", "\\"));
			}
		}
		return texts;
	}

}

package vn.hocvuso.helpdesk.chaos;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import vn.hocvuso.helpdesk.HelpdeskApplication;
import vn.hocvuso.helpdesk.RealMongo;

/**
 * The help desk as a child JVM on the test's class path, so it can be killed like a
 * crashed server and started again on the same data directory. Each start appends to
 * {@code app.log} in the data directory.
 */
final class AppUnderTest implements AutoCloseable {

	/** The exit value of a process ended by SIGKILL (128 + 9). */
	static final int KILLED_BY_SIGKILL = 137;

	private static final Duration START_LIMIT = Duration.ofSeconds(120);

	private final Path dataDir;

	private final int port;

	private final List<String> arguments;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private Process process;

	/**
	 * @param arguments Spring properties as {@code --name=value}, besides the port and
	 * the data directory
	 */
	AppUnderTest(Path dataDir, List<String> arguments) {
		this.dataDir = dataDir;
		this.port = freePort();
		this.arguments = List.copyOf(arguments);
	}

	String baseUrl() {
		return "http://127.0.0.1:" + this.port;
	}

	/** Starts the app and waits until {@code /actuator/health} answers 200. */
	void start() {
		List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx512m", "-XX:+UseParallelGC", "-Xmn64m", "-cp",
				System.getProperty("java.class.path"), HelpdeskApplication.class.getName(),
				"--server.port=" + this.port, RealMongo.embeddedStoreOnly(),
				"--helpdesk.store.data-dir=" + this.dataDir.resolve("store")));
		command.addAll(this.arguments);
		try {
			this.process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(this.dataDir.resolve("app.log").toFile()))
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		awaitHealthy();
	}

	/**
	 * Kills the app with SIGKILL ({@link Process#destroyForcibly()} on Linux): no
	 * shutdown hook, no graceful stop, nothing flushed.
	 * @return the exit value, {@link #KILLED_BY_SIGKILL} when it was SIGKILL
	 */
	int kill() {
		this.process.destroyForcibly();
		try {
			if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
				throw new IllegalStateException("the app did not die");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		return this.process.exitValue();
	}

	/** Stops the app gracefully (SIGTERM). */
	@Override
	public void close() {
		if (this.process != null && this.process.isAlive()) {
			this.process.destroy();
			try {
				if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
					this.process.destroyForcibly();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				this.process.destroyForcibly();
			}
		}
	}

	private void awaitHealthy() {
		long deadline = System.nanoTime() + START_LIMIT.toNanos();
		HttpRequest health = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
			.timeout(Duration.ofSeconds(2))
			.build();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("the app ended while starting; see " + this.dataDir.resolve("app.log"));
			}
			try {
				if (this.http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// Not listening yet.
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			pause();
		}
		throw new IllegalStateException(
				"the app was not healthy within " + START_LIMIT + "; see " + this.dataDir.resolve("app.log"));
	}

	private static void pause() {
		try {
			Thread.sleep(250);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static String javaBinary() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Appends the running app's threads ({@code jcmd Thread.print}) to
	 * {@code threads.txt} beside its log: what it was waiting on when a request failed.
	 */
	void dumpThreads() {
		if (this.process == null || !this.process.isAlive()) {
			return;
		}
		Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
		try {
			new ProcessBuilder(jcmd.toString(), String.valueOf(this.process.pid()), "Thread.print")
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(this.dataDir.resolve("threads.txt").toFile()))
				.start()
				.waitFor(60, TimeUnit.SECONDS);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** The log of every start, for a failure message. */
	File log() {
		return this.dataDir.resolve("app.log").toFile();
	}

}

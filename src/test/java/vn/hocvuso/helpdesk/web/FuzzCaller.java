package vn.hocvuso.helpdesk.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;

import vn.hocvuso.helpdesk.web.FuzzRequest.Caller;

/**
 * Sends generated requests over real HTTP, each as its caller (a session cookie with its
 * CSRF token, HTTP Basic, or nothing), and records what came back and how fast. A request
 * that gets no answer within the limit, or whose connection breaks first, is recorded as
 * unanswered, never thrown.
 */
final class FuzzCaller {

	/** What came back for one request. */
	record Outcome(FuzzRequest request, int status, @Nullable MediaType contentType, long millis,
			@Nullable String failure, String bodySample) {

		boolean answered() {
			return this.failure == null;
		}

	}

	/** A signed-in browser: its session cookie and CSRF token. */
	record Session(String sessionCookie, String csrfToken) {
	}

	private static final int SAMPLE_BYTES = 300;

	private final WebClient http;

	private final String baseUrl;

	private final Map<Caller, Session> sessions;

	private final String staffBasic;

	private final Duration limit;

	FuzzCaller(int port, Map<Caller, Session> sessions, String adminPassword, Duration limit) {
		this.baseUrl = "http://localhost:" + port;
		// A new connection for every request: when the app closes a connection on purpose
		// (a body cut off past the size limit), a pooled client could send the next
		// request on it and blame that request for the reset.
		this.http = WebClient.builder()
			.clientConnector(new ReactorClientHttpConnector(
					HttpClient.create(ConnectionProvider.newConnection()).followRedirect(false)))
			.build();
		this.sessions = sessions;
		this.staffBasic = basic("admin", adminPassword);
		this.limit = limit;
	}

	Mono<Outcome> send(FuzzRequest request) {
		long start = System.nanoTime();
		WebClient.RequestBodySpec spec = this.http.method(request.method())
			.uri(URI.create(this.baseUrl + request.uri()))
			.headers((headers) -> {
				request.headers().forEach(headers::set);
				authenticate(request, headers);
			});
		FuzzBodies.Body body = request.body();
		WebClient.RequestHeadersSpec<?> ready = spec;
		if (body.bytes() != null) {
			if (body.type() != null) {
				spec.contentType(body.type());
			}
			ready = spec.bodyValue(body.bytes());
		}
		return ready.exchangeToMono((response) -> read(request, response, start))
			.timeout(this.limit)
			.onErrorResume(
					(error) -> Mono.just(new Outcome(request, -1, null, millisSince(start), describe(error), "")));
	}

	private void authenticate(FuzzRequest request, HttpHeaders headers) {
		switch (request.caller()) {
			case STAFF_BASIC -> headers.set(HttpHeaders.AUTHORIZATION, this.staffBasic);
			case BROKEN_BASIC -> headers.set(HttpHeaders.AUTHORIZATION, basic("fuzz-nobody", "wrong"));
			case STAFF, AMBASSADOR -> {
				Session session = this.sessions.get(request.caller());
				headers.add(HttpHeaders.COOKIE, "HOIDAPSO_SESSION=" + session.sessionCookie());
				headers.add(HttpHeaders.COOKIE, "XSRF-TOKEN=" + session.csrfToken());
				headers.set("X-Requested-With", "fetch");
				if (request.withCsrf()) {
					headers.set("X-XSRF-TOKEN", session.csrfToken());
				}
			}
			case ANONYMOUS -> {
			}
		}
	}

	private static Mono<Outcome> read(FuzzRequest request, ClientResponse response, long start) {
		MediaType type = response.headers().contentType().orElse(null);
		boolean stream = type != null && MediaType.TEXT_EVENT_STREAM.isCompatibleWith(type);
		AtomicInteger size = new AtomicInteger();
		StringBuilder sample = new StringBuilder();
		var body = response.bodyToFlux(DataBuffer.class);
		if (stream) {
			// The console's live stream never ends by design: its first moments are
			// enough.
			body = body.take(Duration.ofMillis(300));
		}
		return body.doOnNext((buffer) -> {
			if (sample.length() < SAMPLE_BYTES) {
				byte[] bytes = new byte[Math.min(buffer.readableByteCount(), SAMPLE_BYTES)];
				buffer.read(bytes);
				sample.append(new String(bytes, StandardCharsets.UTF_8));
			}
			size.addAndGet(buffer.readableByteCount());
			DataBufferUtils.release(buffer);
		})
			.then(Mono.fromSupplier(() -> new Outcome(request, response.statusCode().value(), type, millisSince(start),
					null, sample.toString())));
	}

	private static String describe(Throwable error) {
		if (error instanceof TimeoutException) {
			return "no answer within the limit";
		}
		Throwable root = error;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}

	private static long millisSince(long start) {
		return (System.nanoTime() - start) / 1_000_000;
	}

	private static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

}

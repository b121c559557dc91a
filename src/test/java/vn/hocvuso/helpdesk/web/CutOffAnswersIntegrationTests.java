package vn.hocvuso.helpdesk.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.http.server.reactive.HttpHandler;
import org.springframework.http.server.reactive.ReactorHttpHandlerAdapter;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.WebHandler;
import org.springframework.web.server.adapter.WebHttpHandlerBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A report that runs out of time or fails after its first rows reaches the caller as an
 * unfinished download, never as a shorter report that looks whole: the app's time limit
 * and error handler in WebFlux on Reactor Netty over TCP, read by the JDK's HTTP client.
 * Once, a month's CSV that took more than ten minutes came to a caller as a complete
 * answer without its last rows.
 */
class CutOffAnswersIntegrationTests {

	private static final Duration EXPORT_LIMIT = Duration.ofSeconds(1);

	private final HttpClient http = HttpClient.newHttpClient();

	private DisposableServer server;

	@AfterEach
	void stop() {
		this.server.disposeNow();
	}

	@Test
	void aReportStillStreamingAtItsLimitIsCutOff() {
		serve(writing(Flux.concat(rows(2), Flux.never())));

		assertThatExceptionOfType(IOException.class).isThrownBy(() -> get("/api/v1/reports/cases.csv"));
	}

	@Test
	void aReportThatFailsPartWayIsCutOff() {
		serve(writing(Flux.concat(rows(2), Flux.error(new IllegalStateException("the store failed")))));

		assertThatExceptionOfType(IOException.class).isThrownBy(() -> get("/api/v1/reports/cases.csv"));
	}

	@Test
	void aReportThatEndsInTimeArrivesWhole() throws Exception {
		serve(writing(rows(3)));

		HttpResponse<String> answer = get("/api/v1/reports/cases.csv");

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).isEqualTo("row 0\nrow 1\nrow 2\n");
	}

	@Test
	void aRequestWithNoAnswerYetAtItsLimitGets503() throws Exception {
		serve((exchange) -> Mono.never());

		assertThat(get("/api/v1/cases").statusCode()).isEqualTo(503);
	}

	private static WebHandler writing(Flux<DataBuffer> body) {
		return (exchange) -> exchange.getResponse().writeAndFlushWith(body.map(Mono::just));
	}

	private void serve(WebHandler answer) {
		WebProperties properties = new WebProperties(DataSize.ofKilobytes(64),
				new WebProperties.SignIn(5, 20, Duration.ofMinutes(15), 1000), DataSize.ofMegabytes(2), List.of(),
				EXPORT_LIMIT, EXPORT_LIMIT);
		HttpHandler handler = WebHttpHandlerBuilder.webHandler(answer)
			.filter(new RequestTimeoutFilter(properties))
			.exceptionHandler(new ProblemDetailsHandler(new ProblemWriter(JsonMapper.builder().build())))
			// Made here: its first use reads a file, which BlockHound refuses on a
			// server thread.
			.codecConfigurer(ServerCodecConfigurer.create())
			.build();
		this.server = HttpServer.create()
			.host("127.0.0.1")
			.port(0)
			.handle(new ReactorHttpHandlerAdapter(handler))
			.bindNow();
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.server.port() + path))
			.timeout(Duration.ofSeconds(20))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static Flux<DataBuffer> rows(int count) {
		return Flux.range(0, count)
			.map((row) -> DefaultDataBufferFactory.sharedInstance
				.wrap(("row " + row + "\n").getBytes(StandardCharsets.UTF_8)));
	}

}

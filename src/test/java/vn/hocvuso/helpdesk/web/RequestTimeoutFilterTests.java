package vn.hocvuso.helpdesk.web;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.WebFilterChain;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every request is answered in bounded time: one still running at the limit becomes a 503
 * problem; the reports get a longer limit; the console's live stream none.
 */
class RequestTimeoutFilterTests {

	private final RequestTimeoutFilter filter = new RequestTimeoutFilter(
			new WebProperties(DataSize.ofKilobytes(64), new WebProperties.SignIn(5, 20, Duration.ofMinutes(15), 1000),
					DataSize.ofMegabytes(2), List.of(), Duration.ofMillis(100), Duration.ofSeconds(2)));

	private static final WebFilterChain NEVER = (exchange) -> Mono.never();

	@Test
	void aRequestStillRunningAtTheLimitGetsA503() {
		StepVerifier.create(this.filter.filter(exchange("/api/v1/cases"), NEVER))
			.expectErrorSatisfies((error) -> assertThat(error).isInstanceOfSatisfying(ResponseStatusException.class,
					(status) -> assertThat(status.getStatusCode().value()).isEqualTo(503)))
			.verify(Duration.ofSeconds(5));
	}

	@Test
	void aReportHasTheLongerLimit() {
		WebFilterChain slowReport = (exchange) -> Mono.delay(Duration.ofMillis(400)).then();
		StepVerifier.create(this.filter.filter(exchange("/api/v1/reports/cases.csv"), slowReport))
			.expectComplete()
			.verify(Duration.ofSeconds(5));
	}

	@Test
	void theConsolesLiveStreamIsNeverCut() {
		StepVerifier.create(this.filter.filter(exchange("/api/v1/tickets/events"), NEVER))
			.expectSubscription()
			.expectNoEvent(Duration.ofMillis(500))
			.thenCancel()
			.verify(Duration.ofSeconds(5));
	}

	private static MockServerWebExchange exchange(String path) {
		return MockServerWebExchange.from(MockServerHttpRequest.get(path));
	}

}

package vn.hocvuso.helpdesk.metrics;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import vn.hocvuso.helpdesk.HelpdeskClient;
import vn.hocvuso.helpdesk.HelpdeskIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

@HelpdeskIntegrationTest
class PrometheusEndpointIntegrationTests {

	@LocalServerPort
	int port;

	HelpdeskClient client;

	@BeforeEach
	void connect() {
		this.client = HelpdeskClient.on(this.port);
	}

	@Test
	void exposesTheMeterCatalogueWithLowCardinalityTags() {
		this.client.chat("prom-" + UUID.randomUUID(), "cai vneid o dau");
		String metrics = scrape();
		assertThat(metrics).contains("helpdesk_messages_received_total{", "helpdesk_decisions_total{",
				"helpdesk_classification_duration_seconds_bucket{", "helpdesk_pipeline_duration_seconds_bucket{",
				"helpdesk_outbox_depth{", "helpdesk_tickets_queue_depth{priority=\"urgent\"}",
				"helpdesk_tickets_queue_depth{priority=\"normal\"}", "cache_gets_total{cache=\"predictions\"");
		assertThat(metrics).doesNotContain("prom-", "vneid o dau");
	}

	@Test
	void passesPromtoolCheckMetrics() throws Exception {
		Path promtool = Path.of("/usr/bin/promtool");
		boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
		if (!Files.isExecutable(promtool)) {
			assertThat(ci).as("promtool must be installed on CI (.ci/run installs Debian's prometheus)").isFalse();
			assumeThat(false).as("promtool is not installed here (apt-get install prometheus); skipped").isTrue();
		}
		this.client.chat("prom-" + UUID.randomUUID(), "xin chào");
		Process check = new ProcessBuilder(promtool.toString(), "check", "metrics").redirectErrorStream(true).start();
		try (OutputStream stdin = check.getOutputStream()) {
			stdin.write(scrape().getBytes(StandardCharsets.UTF_8));
		}
		String output = output(check);
		assertThat(check.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(check.exitValue()).as(output).isZero();
		assertThat(output).isBlank();
	}

	@Test
	void theAlertRulesPassPromtoolAndWatchSeriesTheAppExposes() throws Exception {
		Path promtool = Path.of("/usr/bin/promtool");
		boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
		if (!Files.isExecutable(promtool)) {
			assertThat(ci).as("promtool must be installed on CI (.ci/run installs Debian's prometheus)").isFalse();
			assumeThat(false).as("promtool is not installed here (apt-get install prometheus); skipped").isTrue();
		}
		Process check = new ProcessBuilder(promtool.toString(), "check", "config", "docs/ops/prometheus.yml")
			.redirectErrorStream(true)
			.start();
		String output = output(check);
		assertThat(check.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(check.exitValue()).as(output).isZero();
		assertThat(output).contains("1 rule files found");
		String rules = Files.readString(Path.of("docs/ops/alerts.yml"));
		assertThat(rules).contains("helpdesk_outbox_oldest_age_seconds",
				MeterNames.INBOX_EVENTS.replace('.', '_') + "_total");
		assertThat(scrape()).contains("helpdesk_outbox_oldest_age_seconds ");
	}

	private String scrape() {
		return this.client.http()
			.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	private static String output(Process process) throws IOException {
		return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
	}

}

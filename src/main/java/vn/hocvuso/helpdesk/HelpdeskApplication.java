package vn.hocvuso.helpdesk;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

import vn.hocvuso.helpdesk.metrics.PrometheusConventions;

/** Hỏi đáp số: the help desk of the "Bình dân học vụ số" campaign. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class HelpdeskApplication {

	public static void main(String[] args) throws Exception {
		if (BatchCommands.isBatch(args)) {
			System.exit(BatchCommands.run(args));
		}
		SpringApplication.run(HelpdeskApplication.class, args);
	}

	/** The one source of "now", so tests can control time. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	/** Help texts and names that {@code promtool check metrics} accepts. */
	@Bean
	PrometheusConventions prometheusConventions() {
		return new PrometheusConventions();
	}

}

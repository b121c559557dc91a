package vn.hocvuso.helpdesk.indicators;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves Chart.js from its WebJar (no CDN) at {@code /leaderboard/chart.js} for the
 * dashboard and the leaderboard. The script is read from the jar once at start-up:
 * WebFlux's static resource handler would read jar entries on the event loop.
 */
@RestController
class ChartScriptController {

	static final String WEBJAR_SCRIPT = "classpath*:META-INF/resources/webjars/chart.js/*/dist/chart.umd.min.js";

	private static final MediaType JAVASCRIPT = MediaType.parseMediaType("text/javascript;charset=UTF-8");

	private final byte[] script;

	ChartScriptController() {
		try {
			Resource[] found = new PathMatchingResourcePatternResolver().getResources(WEBJAR_SCRIPT);
			if (found.length != 1) {
				throw new IllegalStateException("Expected one Chart.js WebJar on the classpath, found " + found.length);
			}
			this.script = found[0].getContentAsByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Reading Chart.js from its WebJar failed", ex);
		}
	}

	@GetMapping(path = "/leaderboard/chart.js")
	ResponseEntity<byte[]> script() {
		return ResponseEntity.ok()
			.contentType(JAVASCRIPT)
			.cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
			.body(this.script);
	}

}

package vn.hocvuso.helpdesk.indicators;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebInputException;

import vn.hocvuso.helpdesk.cases.SupportCase;

/**
 * The indicators API (role STAFF): a period's indicators, the cases behind a number,
 * monthly targets per residential group and the leaderboard switch; and the public
 * leaderboard, which carries no personal data.
 */
@RestController
class IndicatorsApiController {

	private static final int MAX_CASES = 500;

	private final IndicatorReader reader;

	private final IndicatorSettingsStore settings;

	IndicatorsApiController(IndicatorReader reader, IndicatorSettingsStore settings) {
		this.reader = reader;
		this.settings = settings;
	}

	@GetMapping(path = "/api/v1/indicators", produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<IndicatorReport> report(@RequestParam(required = false) @Nullable String period,
			@RequestParam(required = false) @Nullable String date,
			@RequestParam(required = false) @Nullable String group) {
		return this.reader.report(PeriodParameters.parse(period, date, this.reader.today()),
				PeriodParameters.group(group));
	}

	@GetMapping(path = "/api/v1/indicators/cases", produces = MediaType.APPLICATION_JSON_VALUE)
	Flux<SupportCase> cases(@RequestParam(required = false) @Nullable String period,
			@RequestParam(required = false) @Nullable String date,
			@RequestParam(required = false) @Nullable String group,
			@RequestParam(required = false) @Nullable String topic,
			@RequestParam(required = false) @Nullable String channel,
			@RequestParam(required = false) @Nullable String outcome, @RequestParam(defaultValue = "100") int limit) {
		if (limit < 1 || limit > MAX_CASES) {
			throw new ServerWebInputException("'limit' phải từ 1 đến " + MAX_CASES + ".");
		}
		if (outcome != null && !CaseFilter.OUTCOMES.contains(outcome)) {
			throw new ServerWebInputException("'outcome' phải là một trong " + CaseFilter.OUTCOMES + ".");
		}
		CaseFilter filter = new CaseFilter(PeriodParameters.group(group), topic, PeriodParameters.optional(channel),
				outcome);
		return this.reader.cases(PeriodParameters.parse(period, date, this.reader.today()), filter, limit);
	}

	@GetMapping(path = "/api/v1/indicators/targets", produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<Map<String, Object>> targets(@RequestParam(required = false) @Nullable String month) {
		Period period = PeriodParameters.month(month, this.reader.today());
		return this.settings.targets(period).map((targets) -> targetsBody(period, targets));
	}

	/**
	 * Replaces a month's targets: {@code {"TDP05": 40, "TDP06": 35}} residents guided.
	 */
	@PutMapping(path = "/api/v1/indicators/targets", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<Map<String, Object>> setTargets(@RequestParam(required = false) @Nullable String month,
			@RequestBody Map<String, Object> body) {
		Period period = PeriodParameters.month(month, this.reader.today());
		Map<String, Long> targets = new LinkedHashMap<>();
		body.forEach((group, value) -> targets.put(PeriodParameters.group(group), target(group, value)));
		return this.settings.setTargets(period, targets).thenReturn(targetsBody(period, targets));
	}

	@GetMapping(path = "/api/v1/indicators/leaderboard", produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<Map<String, Boolean>> leaderboardSetting() {
		return this.settings.leaderboardEnabled().map((enabled) -> Map.of("enabled", enabled));
	}

	/** Shows or hides the public leaderboard: {@code {"enabled": false}}. */
	@PutMapping(path = "/api/v1/indicators/leaderboard", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<Map<String, Boolean>> setLeaderboard(@RequestBody Map<String, Object> body) {
		if (!(body.get("enabled") instanceof Boolean enabled)) {
			throw new ServerWebInputException("Gửi {\"enabled\": true} để hiện hoặc {\"enabled\": false} để ẩn.");
		}
		return this.settings.setLeaderboardEnabled(enabled).thenReturn(Map.of("enabled", enabled));
	}

	@GetMapping(path = "/api/public/leaderboard", produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<Leaderboard> leaderboard() {
		return this.settings.leaderboardEnabled()
			.flatMap((enabled) -> enabled ? this.reader.leaderboard()
					: Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND, Leaderboard.SWITCHED_OFF)));
	}

	private static long target(String group, @Nullable Object value) {
		if (value instanceof Number number && number.doubleValue() == number.longValue() && number.longValue() >= 0
				&& number.longValue() <= 1_000_000) {
			return number.longValue();
		}
		throw new ServerWebInputException(
				"Chỉ tiêu của tổ '" + group + "' phải là một số nguyên từ 0 đến 1.000.000, không phải " + value + ".");
	}

	private static Map<String, Object> targetsBody(Period month, Map<String, Long> targets) {
		return Map.of("month", month.start().toString().substring(0, 7), "label", month.label(), "targets", targets);
	}

}

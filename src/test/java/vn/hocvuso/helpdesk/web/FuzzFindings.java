package vn.hocvuso.helpdesk.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.http.MediaType;

import vn.hocvuso.helpdesk.web.FuzzCaller.Outcome;

/**
 * What a fuzz run found, grouped by route, method and kind of failure with a few sample
 * inputs each, so one run lists everything instead of stopping at the first failure. The
 * rules: every request is answered within the limit, never with a 5xx, and every 4xx of
 * an {@code /api/} route is {@code application/problem+json}.
 */
final class FuzzFindings {

	private static final int SAMPLES = 3;

	private final Map<String, List<String>> groups = new TreeMap<>();

	private final Map<Integer, Integer> statuses = new TreeMap<>();

	private int requests;

	private int serverErrors;

	private int unanswered;

	private int notProblems;

	private long slowestMillis;

	private String slowest = "";

	private final Map<String, Map<Integer, Integer>> byRoute = new TreeMap<>();

	synchronized void record(Outcome outcome) {
		this.requests++;
		FuzzRequest request = outcome.request();
		if (outcome.millis() >= this.slowestMillis) {
			this.slowestMillis = outcome.millis();
			this.slowest = request.method() + " " + request.sample();
		}
		this.byRoute.computeIfAbsent(request.route().toString(), (route) -> new TreeMap<>())
			.merge(outcome.status(), 1, Integer::sum);
		if (!outcome.answered()) {
			this.unanswered++;
			add(request, "unanswered (" + outcome.failure() + ")", outcome);
			return;
		}
		this.statuses.merge(outcome.status(), 1, Integer::sum);
		if (outcome.status() >= 500) {
			this.serverErrors++;
			add(request, "status " + outcome.status(), outcome);
		}
		else if (outcome.status() >= 400 && request.uri().startsWith("/api/") && !isProblem(outcome.contentType())) {
			this.notProblems++;
			add(request, "status " + outcome.status() + " as " + outcome.contentType() + ", not problem+json", outcome);
		}
	}

	private static boolean isProblem(MediaType type) {
		return type != null && MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(type);
	}

	private void add(FuzzRequest request, String kind, Outcome outcome) {
		String key = request.route().pattern() + " | " + request.method() + " | " + kind;
		List<String> samples = this.groups.computeIfAbsent(key, (k) -> new ArrayList<>());
		samples.add(request.sample() + " -> " + FuzzValues.sample(outcome.bodySample().replace('\n', ' ')));
	}

	synchronized boolean clean() {
		return this.groups.isEmpty();
	}

	synchronized int requests() {
		return this.requests;
	}

	synchronized int serverErrors() {
		return this.serverErrors;
	}

	synchronized int unanswered() {
		return this.unanswered;
	}

	synchronized int notProblems() {
		return this.notProblems;
	}

	synchronized long slowestMillis() {
		return this.slowestMillis;
	}

	synchronized String slowest() {
		return this.slowest;
	}

	/** One line per route: how often it answered each status ({@code -1}: no answer). */
	synchronized String statusesByRoute() {
		StringBuilder out = new StringBuilder();
		this.byRoute.forEach((route, statuses) -> out.append("\n  ").append(route).append(" ").append(statuses));
		return out.toString();
	}

	synchronized Map<Integer, Integer> statuses() {
		return Map.copyOf(this.statuses);
	}

	/** Every group of failures with its count and samples, one block each. */
	synchronized String report() {
		StringBuilder out = new StringBuilder();
		this.groups.forEach((key, samples) -> {
			out.append("\n  ").append(key).append(" × ").append(samples.size());
			samples.stream().limit(SAMPLES).forEach((sample) -> out.append("\n      e.g. ").append(sample));
		});
		return out.toString();
	}

}

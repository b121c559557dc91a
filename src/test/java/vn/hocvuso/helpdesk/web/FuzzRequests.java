package vn.hocvuso.helpdesk.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import vn.hocvuso.helpdesk.web.FuzzRequest.Caller;

/**
 * Makes the requests of a fuzz run from a seed: the same seed and routes give the same
 * requests. Each route gets its turn in rotation; each request mixes right and wrong
 * methods, plausible and hostile path variables and query parameters, good and bad
 * bodies, and one of the callers.
 */
final class FuzzRequests {

	private static final List<HttpMethod> ALL_METHODS = List.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT,
			HttpMethod.DELETE, HttpMethod.PATCH, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.TRACE);

	private static final List<String> ACCEPTS = List.of("text/html", "image/png", "application/xml", "*/*",
			"text/event-stream", "application/problem+json", "garbage;;q=x");

	/**
	 * Routes only anonymous callers use: signing out or in would end the test's sessions.
	 */
	private static final Set<String> ANONYMOUS_ONLY = Set.of("/login", "/logout");

	private final List<FuzzRoute> routes;

	private final SplittableRandom seeds;

	/** Names a generated request must not use: the test's own accounts. */
	private final Set<String> protectedNames;

	FuzzRequests(List<FuzzRoute> routes, long seed, Set<String> protectedNames) {
		this.routes = routes;
		this.seeds = new SplittableRandom(seed);
		this.protectedNames = protectedNames;
	}

	List<FuzzRequest> make(int count) {
		List<FuzzRequest> requests = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			requests.add(make(this.routes.get(i % this.routes.size()), this.seeds.split()));
		}
		return requests;
	}

	private FuzzRequest make(FuzzRoute route, RandomGenerator random) {
		List<String> odd = new ArrayList<>();
		HttpMethod method = method(route, random, odd);
		String path = path(route, random, odd);
		String query = query(route, random, odd);
		boolean sendsBody = method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH
				|| random.nextInt(10) == 0;
		FuzzBodies.Body body = sendsBody ? body(route, path, random) : FuzzBodies.Body.NONE;
		Map<String, String> headers = new LinkedHashMap<>(WebhookSigner.headers(path, body.bytes(), random));
		if (random.nextInt(8) == 0) {
			String accept = ACCEPTS.get(random.nextInt(ACCEPTS.size()));
			headers.put("Accept", accept);
			odd.add("Accept: " + accept);
		}
		if (headers.containsKey("X-Fuzz-Proof")) {
			odd.add(headers.get("X-Fuzz-Proof") + " proof");
		}
		Caller caller = ANONYMOUS_ONLY.contains(route.pattern()) ? Caller.ANONYMOUS : caller(random);
		boolean csrf = random.nextInt(10) != 0;
		if (!csrf && (caller == Caller.STAFF || caller == Caller.AMBASSADOR)) {
			odd.add("no CSRF token");
		}
		String input = odd.isEmpty() ? "plausible" : String.join(", ", odd);
		return new FuzzRequest(route, method, path + query, headers, body, caller, csrf, input);
	}

	private static HttpMethod method(FuzzRoute route, RandomGenerator random, List<String> odd) {
		List<HttpMethod> right = route.methods().isEmpty() ? List.of(HttpMethod.GET) : List.copyOf(route.methods());
		if (random.nextInt(5) != 0) {
			return right.get(random.nextInt(right.size()));
		}
		List<HttpMethod> wrong = ALL_METHODS.stream().filter((method) -> !right.contains(method)).toList();
		HttpMethod method = wrong.get(random.nextInt(wrong.size()));
		odd.add("wrong method");
		return method;
	}

	private String path(FuzzRoute route, RandomGenerator random, List<String> odd) {
		List<String> variables = route.pathVariables();
		String hostile = variables.isEmpty() ? "" : variables.get(random.nextInt(variables.size()));
		boolean mutate = random.nextInt(5) < 2;
		String path = route.expand((name) -> {
			if (mutate && name.equals(hostile)) {
				String value = FuzzValues.hostile(random);
				odd.add("{" + name + "}=" + FuzzValues.sample(value));
				return value;
			}
			return plausible(name, random);
		});
		if (variables.isEmpty() && random.nextInt(12) == 0) {
			String suffix = FuzzValues.hostile(random);
			odd.add("extra segment " + FuzzValues.sample(suffix));
			path = path + (path.endsWith("/") ? "" : "/") + suffix;
		}
		return path;
	}

	private String plausible(String name, RandomGenerator random) {
		String value = FuzzValues.plausible(name, random);
		return this.protectedNames.contains(value) ? value + "-x" : value;
	}

	private static String query(FuzzRoute route, RandomGenerator random, List<String> odd) {
		if (random.nextBoolean()) {
			return "";
		}
		List<String> names = new ArrayList<>(route.queryParameters());
		if (names.isEmpty() || random.nextInt(4) == 0) {
			names.add(List.of("limit", "date", "period", "x", "%00", "a[b]").get(random.nextInt(6)));
		}
		List<String> pairs = new ArrayList<>();
		for (String name : names) {
			int kind = random.nextInt(6);
			String value = switch (kind) {
				case 0 -> FuzzValues.absurdNumber(random);
				case 1 -> FuzzValues.absurdDate(random);
				case 2 -> FuzzValues.hostile(random);
				default -> FuzzValues.encode(FuzzValues.plausible(name, random));
			};
			if (kind < 3) {
				odd.add(name + "=" + FuzzValues.sample(value));
			}
			pairs.add(FuzzValues.encode(name) + "=" + value);
			if (random.nextInt(10) == 0) {
				pairs.add(FuzzValues.encode(name) + "=" + FuzzValues.absurdNumber(random));
				odd.add(name + " repeated");
			}
		}
		return "?" + String.join("&", pairs);
	}

	private static FuzzBodies.Body body(FuzzRoute route, String path, RandomGenerator random) {
		if (route.pattern().equals("/login") && random.nextBoolean()) {
			String form = "username=fuzz-user-" + random.nextInt(1000) + "&password=" + FuzzValues.hostile(random)
					+ (random.nextBoolean() ? "&_csrf=bogus" : "");
			return new FuzzBodies.Body(form.getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_FORM_URLENCODED,
					"login form");
		}
		return FuzzBodies.pick(route, path, random);
	}

	private static Caller caller(RandomGenerator random) {
		int roll = random.nextInt(100);
		if (roll < 30) {
			return Caller.ANONYMOUS;
		}
		if (roll < 62) {
			return Caller.STAFF;
		}
		if (roll < 90) {
			return Caller.AMBASSADOR;
		}
		return (roll < 94) ? Caller.STAFF_BASIC : Caller.BROKEN_BASIC;
	}

}

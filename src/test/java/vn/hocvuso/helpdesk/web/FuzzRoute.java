package vn.hocvuso.helpdesk.web;

import java.lang.reflect.Type;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/**
 * One public route of the running app, as found at run time.
 *
 * @param pattern the path pattern, e.g. {@code /api/v1/tickets/{id}/claim}
 * @param methods the methods it answers (empty: any)
 * @param consumes the body types it takes (empty: any)
 * @param queryParameters the names of its {@code @RequestParam}s
 * @param bodyType the type of its {@code @RequestBody}, if it has one
 * @param source where it was found: a controller method, a router function, a static file
 * or a security filter
 */
record FuzzRoute(String pattern, Set<HttpMethod> methods, Set<MediaType> consumes, List<String> queryParameters,
		@Nullable Type bodyType, String source) {

	private static final Pattern VARIABLE = Pattern.compile("\\{\\*?([^}:]+)(?::[^}]*)?\\}");

	/** The names of the path variables, in order. */
	List<String> pathVariables() {
		return VARIABLE.matcher(this.pattern).results().map((match) -> match.group(1)).toList();
	}

	/** The path with each variable replaced by what {@code value} gives for its name. */
	String expand(java.util.function.Function<String, String> value) {
		Matcher matcher = VARIABLE.matcher(this.pattern);
		StringBuilder path = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(path, Matcher.quoteReplacement(value.apply(matcher.group(1))));
		}
		matcher.appendTail(path);
		return path.toString();
	}

	boolean isApi() {
		return this.pattern.startsWith("/api/");
	}

	boolean takesBody() {
		return this.bodyType != null || this.methods.stream()
			.anyMatch((method) -> method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH);
	}

	@Override
	public String toString() {
		return this.methods + " " + this.pattern;
	}

}

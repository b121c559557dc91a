package vn.hocvuso.helpdesk.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.reactive.function.server.HandlerFunction;
import org.springframework.web.reactive.function.server.RequestPredicate;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.result.method.RequestMappingInfo;
import org.springframework.web.reactive.result.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Finds every public route of a running app, so a new route is fuzzed without editing the
 * fuzz test: the annotated controller methods of every
 * {@link RequestMappingInfoHandlerMapping} (the app's and the actuator's), the
 * {@link RouterFunction} beans, the static files under {@code classpath:static/}, and the
 * two routes the security filters answer themselves ({@code POST /login},
 * {@code POST /logout}).
 */
final class RouteCatalog {

	private RouteCatalog() {
	}

	static List<FuzzRoute> discover(ApplicationContext context) {
		List<FuzzRoute> routes = new ArrayList<>();
		context.getBeansOfType(RequestMappingInfoHandlerMapping.class)
			.values()
			.forEach((mapping) -> mapping.getHandlerMethods()
				.forEach((info, handler) -> routes.addAll(annotated(info, handler))));
		context.getBeansOfType(RouterFunction.class)
			.values()
			.forEach((function) -> routes.addAll(functional(function)));
		routes.addAll(staticFiles());
		routes.add(new FuzzRoute("/login", Set.of(HttpMethod.POST), Set.of(MediaType.APPLICATION_FORM_URLENCODED),
				List.of("username", "password", "_csrf"), null, "security filter"));
		routes.add(new FuzzRoute("/logout", Set.of(HttpMethod.POST), Set.of(), List.of(), null, "security filter"));
		// One route per pattern and method set: a GET and a POST on one path stay apart.
		return List.copyOf(routes.stream()
			.collect(Collectors.toMap(
					(route) -> route.pattern() + " " + route.methods().stream().map(HttpMethod::name).sorted().toList(),
					(route) -> route, (first, second) -> first, TreeMap::new))
			.values()
			.stream()
			.sorted(Comparator.comparing(FuzzRoute::pattern))
			.toList());
	}

	private static List<FuzzRoute> annotated(RequestMappingInfo info, HandlerMethod handler) {
		Set<HttpMethod> methods = info.getMethodsCondition()
			.getMethods()
			.stream()
			.map(RequestMethod::asHttpMethod)
			.collect(Collectors.toCollection(LinkedHashSet::new));
		Set<MediaType> consumes = info.getConsumesCondition().getConsumableMediaTypes();
		List<String> parameters = new ArrayList<>();
		Type body = null;
		for (MethodParameter parameter : handler.getMethodParameters()) {
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			if (param != null) {
				String name = !param.name().isEmpty() ? param.name() : parameter.getParameterName();
				if (name != null) {
					parameters.add(name);
				}
			}
			if (parameter.hasParameterAnnotation(RequestBody.class)) {
				body = parameter.getGenericParameterType();
			}
		}
		String source = handler.getBeanType().getSimpleName() + "." + handler.getMethod().getName();
		List<FuzzRoute> routes = new ArrayList<>();
		for (PathPattern pattern : info.getPatternsCondition().getPatterns()) {
			routes.add(new FuzzRoute(pattern.getPatternString(), methods, consumes, parameters, body, source));
		}
		return routes;
	}

	private static List<FuzzRoute> functional(RouterFunction<?> function) {
		List<FuzzRoute> routes = new ArrayList<>();
		function.accept(new RouterFunctions.Visitor() {
			@Override
			public void route(RequestPredicate predicate, HandlerFunction<?> handler) {
				PredicateParts parts = new PredicateParts();
				predicate.accept(parts);
				if (parts.path != null) {
					routes.add(new FuzzRoute(parts.path, parts.methods, Set.of(), List.of(), null, "router function"));
				}
			}

			@Override
			public void startNested(RequestPredicate predicate) {
			}

			@Override
			public void endNested(RequestPredicate predicate) {
			}

			@Override
			public void resources(
					java.util.function.Function<org.springframework.web.reactive.function.server.ServerRequest, reactor.core.publisher.Mono<Resource>> lookup) {
			}

			@Override
			public void attributes(java.util.Map<String, Object> attributes) {
			}

			@Override
			public void unknown(RouterFunction<?> unknown) {
			}
		});
		return routes;
	}

	private static List<FuzzRoute> staticFiles() {
		try {
			Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:static/**/*.*");
			List<FuzzRoute> routes = new ArrayList<>();
			for (Resource file : files) {
				String url = file.getURL().toString();
				String path = url.substring(url.lastIndexOf("/static/") + "/static".length());
				routes.add(new FuzzRoute(path, Set.of(HttpMethod.GET), Set.of(), List.of(), null, "static file"));
			}
			return routes;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The path and methods of a router function's predicate. */
	private static final class PredicateParts implements RequestPredicates.Visitor {

		@Nullable String path;

		Set<HttpMethod> methods = Set.of();

		@Override
		public void method(Set<HttpMethod> methods) {
			this.methods = methods;
		}

		@Override
		public void path(String pattern) {
			this.path = (this.path == null) ? pattern : this.path + pattern;
		}

		@Override
		public void pathExtension(String extension) {
		}

		@Override
		public void header(String name, String value) {
		}

		@Override
		public void queryParam(String name, String value) {
		}

		@Override
		public void version(String version) {
		}

		@Override
		public void startAnd() {
		}

		@Override
		public void and() {
		}

		@Override
		public void endAnd() {
		}

		@Override
		public void startOr() {
		}

		@Override
		public void or() {
		}

		@Override
		public void endOr() {
		}

		@Override
		public void startNegate() {
		}

		@Override
		public void endNegate() {
		}

		@Override
		public void unknown(RequestPredicate predicate) {
		}

	}

}

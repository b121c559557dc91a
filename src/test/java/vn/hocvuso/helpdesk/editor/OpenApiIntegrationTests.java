package vn.hocvuso.helpdesk.editor;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;

import vn.hocvuso.helpdesk.HelpdeskClient;
import vn.hocvuso.helpdesk.HelpdeskIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The served OpenAPI description names exactly the library API's real routes. */
@HelpdeskIntegrationTest
@TestPropertySource(properties = LibraryApi.SEPARATE_CONTEXT)
class OpenApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	@SuppressWarnings("unchecked")
	void describesEveryLibraryRouteAndNoOther() {
		String yaml = HelpdeskClient.on(this.port)
			.http()
			.get()
			.uri("/openapi.yaml")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) new Yaml()
			.<Map<String, Object>>load(yaml)
			.get("paths");
		Set<String> described = new TreeSet<>();
		paths.forEach((path, operations) -> operations.keySet()
			.forEach((method) -> described.add(method.toUpperCase() + " " + path)));
		Set<String> routes = new TreeSet<>();
		this.mappings.getHandlerMethods()
			.keySet()
			.forEach((info) -> info.getPatternsCondition().getPatterns().forEach((pattern) -> {
				if (pattern.getPatternString().startsWith("/api/v1/library")) {
					info.getMethodsCondition()
						.getMethods()
						.forEach((method) -> routes.add(method.name() + " " + pattern.getPatternString()));
				}
			}));
		assertThat(described).isEqualTo(routes);
	}

}

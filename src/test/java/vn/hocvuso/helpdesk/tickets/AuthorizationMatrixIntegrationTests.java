package vn.hocvuso.helpdesk.tickets;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.hocvuso.helpdesk.HelpdeskClient;
import vn.hocvuso.helpdesk.HelpdeskIntegrationTest;
import vn.hocvuso.helpdesk.WardFixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every role against every console and staff endpoint: anonymous callers are asked to
 * sign in, ambassadors reach the console and their own tickets only, staff reach all.
 */
@HelpdeskIntegrationTest
class AuthorizationMatrixIntegrationTests {

	@LocalServerPort
	int port;

	WardFixture ward;

	HelpdeskClient client;

	@BeforeEach
	void connect() {
		this.client = HelpdeskClient.on(this.port);
		this.ward = new WardFixture(this.client);
	}

	static Stream<Arguments> endpoints() {
		// method, path, anonymous, ambassador, staff
		return Stream.of(Arguments.of("GET", "/api/v1/me", 401, 200, 200),
				Arguments.of("GET", "/api/v1/answers", 401, 200, 200),
				Arguments.of("GET", "/api/v1/tickets", 401, 200, 200),
				Arguments.of("GET", "/api/v1/tickets/{own}", 401, 200, 200),
				Arguments.of("GET", "/api/v1/tickets/{other}", 401, 403, 200),
				Arguments.of("POST", "/api/v1/tickets/{other}/claim", 401, 403, 200),
				Arguments.of("PUT", "/api/v1/tickets/{own}/phone", 401, 200, 200),
				Arguments.of("PUT", "/api/v1/tickets/{other}/phone", 401, 403, 200),
				Arguments.of("GET", "/api/v1/groups", 401, 403, 200),
				Arguments.of("PUT", "/api/v1/groups/QA999999", 401, 403, 200),
				Arguments.of("GET", "/api/v1/ambassadors", 401, 403, 200),
				Arguments.of("DELETE", "/api/v1/ambassadors/khong-co-ai", 401, 403, 404),
				Arguments.of("GET", "/api/v1/cases", 401, 403, 200),
				Arguments.of("GET", "/console/index.html", 302, 200, 200),
				Arguments.of("GET", "/console/ticket.html", 302, 200, 200),
				Arguments.of("GET", "/staff/ward.html", 302, 403, 200),
				Arguments.of("GET", "/staff/index.html", 302, 403, 200),
				Arguments.of("GET", "/api/v1/library/articles", 401, 403, 200),
				Arguments.of("GET", "/staff/library", 302, 403, 200),
				Arguments.of("GET", "/api/v1/library/suggestions", 401, 403, 200),
				Arguments.of("POST", "/api/v1/library/suggestions/dismiss", 401, 403, 400),
				Arguments.of("POST", "/api/v1/library/suggestions/accept", 401, 403, 400),
				Arguments.of("GET", "/staff/library/suggestions", 302, 403, 200),
				Arguments.of("GET", "/console/me.html", 302, 200, 200),
				Arguments.of("GET", "/api/v1/indicators/ambassadors/{me}", 401, 200, 200),
				Arguments.of("GET", "/api/v1/indicators/ambassadors/{colleague}", 401, 403, 200),
				Arguments.of("GET", "/api/v1/indicators", 401, 403, 200),
				Arguments.of("GET", "/api/v1/indicators/tickets", 401, 403, 200),
				Arguments.of("GET", "/staff/dashboard", 302, 403, 200));
	}

	@ParameterizedTest(name = "{0} {1}: anonymous {2}, ambassador {3}, staff {4}")
	@MethodSource("endpoints")
	void eachRoleReachesOnlyWhatItMay(String method, String path, int anonymous, int ambassador, int staff) {
		String group = this.ward.group();
		String user = this.ward.ambassador(group);
		String own = this.ward.residentWithTicket(group).ticketId();
		String other = this.ward.residentWithTicket(this.ward.group()).ticketId();
		String colleague = this.ward.ambassador(group);
		String uri = path.replace("{own}", own)
			.replace("{other}", other)
			.replace("{me}", user)
			.replace("{colleague}", colleague);

		assertThat(call(method, uri, null)).as("anonymous").isEqualTo(anonymous);
		assertThat(call(method, uri, user)).as("ambassador").isEqualTo(ambassador);
		assertThat(call(method, uri, "admin")).as("staff").isEqualTo(staff);
	}

	private int call(String method, String uri, String user) {
		WebTestClient.RequestBodySpec request = (user != null) ? this.ward.as(user, HttpMethod.valueOf(method), uri)
				: this.client.http().method(HttpMethod.valueOf(method)).uri(uri);
		WebTestClient.RequestHeadersSpec<?> ready = (method.equals("PUT") || method.equals("POST"))
				? request.contentType(MediaType.APPLICATION_JSON)
					.bodyValue(Map.of("name", "Tổ thử", "phone", "0912345678"))
				: request;
		return ready.exchange().returnResult(String.class).getStatus().value();
	}

}

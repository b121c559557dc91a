package vn.hocvuso.helpdesk;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person signed in through the real login form, as a browser would be: it keeps the
 * cookies it is given and sends the CSRF token back with every change.
 */
public final class ConsoleSession {

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"");

	private final WebTestClient http;

	private final Map<String, String> cookies = new ConcurrentHashMap<>();

	private ConsoleSession(int port, Map<String, String> headers) {
		this.http = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + port)
			.defaultHeaders((defaults) -> headers.forEach(defaults::set))
			.filter((request, next) -> next
				.exchange(ClientRequest.from(request).cookies((out) -> this.cookies.forEach(out::set)).build())
				.doOnNext(this::remember))
			.build();
	}

	/** Signs in with the login form; fails unless it lands on the console. */
	public static ConsoleSession signIn(int port, String username, String password) {
		ConsoleSession session = anonymous(port);
		String location = session.submitLogin(username, password);
		assertThat(location).as("where the login form sent " + username).isEqualTo("/console/");
		return session;
	}

	/** A browser that has not signed in yet. */
	public static ConsoleSession anonymous(int port) {
		return new ConsoleSession(port, Map.of());
	}

	/**
	 * A browser that has not signed in yet, behind a proxy that says it is at this
	 * address ({@code X-Forwarded-For}; the app must be told to trust it).
	 */
	public static ConsoleSession anonymousFrom(int port, String address) {
		return new ConsoleSession(port, Map.of("X-Forwarded-For", address));
	}

	/** Opens the login page and submits it; returns where the app redirected. */
	public String submitLogin(String username, String password) {
		EntityExchangeResult<String> page = this.http.get()
			.uri("/login")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult();
		Matcher field = CSRF_FIELD.matcher(page.getResponseBody());
		assertThat(field.find()).as("the login page carries a CSRF field").isTrue();
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("username", username);
		form.add("password", password);
		form.add("_csrf", field.group(1));
		EntityExchangeResult<byte[]> result = this.http.post()
			.uri("/login")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData(form))
			.exchange()
			.expectStatus()
			.is3xxRedirection()
			.expectBody()
			.returnResult();
		return result.getResponseHeaders().getLocation().toString();
	}

	public WebTestClient.ResponseSpec get(String uri) {
		return this.http.get().uri(uri).header("X-Requested-With", "fetch").exchange();
	}

	/** A change with the session's cookies and its CSRF header. */
	public WebTestClient.ResponseSpec post(String uri, Object jsonBody) {
		return change(HttpMethod.POST, uri, jsonBody);
	}

	/** The same with another method ({@code PUT}, {@code DELETE}). */
	public WebTestClient.ResponseSpec change(HttpMethod method, String uri, Object jsonBody) {
		return this.http.method(method)
			.uri(uri)
			.header("X-Requested-With", "fetch")
			.header("X-XSRF-TOKEN", this.cookies.getOrDefault("XSRF-TOKEN", ""))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(jsonBody)
			.exchange();
	}

	/** A change with the session's cookies but no CSRF token, as a forged request. */
	public WebTestClient.ResponseSpec postWithoutCsrf(String uri, Object jsonBody) {
		return this.http.post()
			.uri(uri)
			.header("X-Requested-With", "fetch")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(jsonBody)
			.exchange();
	}

	public String cookie(String name) {
		return this.cookies.get(name);
	}

	/** The plain client, carrying this session's cookies. */
	public WebTestClient http() {
		return this.http;
	}

	private void remember(ClientResponse response) {
		response.cookies().values().forEach((cookies) -> cookies.forEach((cookie) -> {
			if (cookie.getMaxAge().isZero()) {
				this.cookies.remove(cookie.getName());
			}
			else {
				this.cookies.put(cookie.getName(), cookie.getValue());
			}
		}));
	}

}

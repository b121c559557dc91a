package vn.hocvuso.helpdesk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import vn.hocvuso.helpdesk.HelpdeskApplication;

/**
 * The whole app in this JVM, on a fresh embedded H2 store in a temporary folder (as a
 * ward runs it), with a staff member signed in through the login form: a session cookie
 * and the CSRF token, as the editor's page has, not HTTP Basic, whose BCrypt check would
 * add about 70 ms to every request.
 */
final class RunningApp implements AutoCloseable {

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"");

	private final ConfigurableApplicationContext context;

	private final String base;

	private final CookieManager cookies = new CookieManager();

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(this.cookies).build();

	RunningApp() {
		Path data;
		try {
			data = Files.createTempDirectory("hoidapso-publish-bench");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.context = new SpringApplicationBuilder(HelpdeskApplication.class).run("--server.port=0",
				"--helpdesk.store.data-dir=" + data, "--helpdesk.admin.initial-password=bench",
				"--logging.level.root=WARN", "--logging.level.vn.hocvuso=WARN");
		this.base = "http://127.0.0.1:" + this.context.getEnvironment().getProperty("local.server.port");
		signIn();
	}

	<T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	/** POSTs JSON as the signed-in staff member; returns the status. */
	int post(String path, String json) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/json")
			.header("X-Requested-With", "fetch")
			.header("X-XSRF-TOKEN", cookie("XSRF-TOKEN"))
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build();
		return send(request).statusCode();
	}

	/** GETs as the signed-in staff member; returns the body. */
	String get(String path) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path)).header("X-Requested-With", "fetch").build())
			.body();
	}

	private void signIn() {
		String page = send(HttpRequest.newBuilder(URI.create(this.base + "/login")).build()).body();
		Matcher field = CSRF_FIELD.matcher(page);
		if (!field.find()) {
			throw new IllegalStateException("The login page has no CSRF field");
		}
		String form = "username=admin&password=bench&_csrf=" + URLEncoder.encode(field.group(1), StandardCharsets.UTF_8);
		send(HttpRequest.newBuilder(URI.create(this.base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build());
		// A staff page issues the CSRF cookie the page's scripts send back.
		int status = send(HttpRequest.newBuilder(URI.create(this.base + "/staff/library")).build()).statusCode();
		if (status != 200 || cookie("XSRF-TOKEN").isEmpty()) {
			throw new IllegalStateException("Signing in failed: /staff/library answered " + status);
		}
	}

	private String cookie(String name) {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals(name))
			.map(HttpCookie::getValue)
			.reduce((first, last) -> last)
			.orElse("");
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		this.context.close();
	}

}

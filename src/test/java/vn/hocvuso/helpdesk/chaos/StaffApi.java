package vn.hocvuso.helpdesk.chaos;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The app's HTTP API as staff (admin, HTTP Basic): raw answers, so a scan reads exactly
 * what a browser or a script would get.
 */
final class StaffApi {

	private final String baseUrl;

	private final String authorization;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	StaffApi(String baseUrl, String adminPassword) {
		this.baseUrl = baseUrl;
		this.authorization = "Basic "
				+ Base64.getEncoder().encodeToString(("admin:" + adminPassword).getBytes(StandardCharsets.UTF_8));
	}

	/** GETs a path as staff; fails unless it is 200. */
	byte[] get(String path) {
		return send("GET", path, HttpRequest.BodyPublishers.noBody());
	}

	String getText(String path) {
		return new String(get(path), StandardCharsets.UTF_8);
	}

	/** GETs a path without signing in (metrics, health). */
	String getAnonymous(String path) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.timeout(Duration.ofSeconds(60))
			.build();
		return new String(exchange(request, path), StandardCharsets.UTF_8);
	}

	String put(String path, String json) {
		return new String(send("PUT", path, HttpRequest.BodyPublishers.ofString(json)), StandardCharsets.UTF_8);
	}

	String post(String path, String json) {
		return new String(send("POST", path, HttpRequest.BodyPublishers.ofString(json)), StandardCharsets.UTF_8);
	}

	/** Each entry of a zip (an XLSX workbook) as text, by name. */
	static Map<String, String> unzip(byte[] zip) {
		Map<String, String> entries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return entries;
	}

	private byte[] send(String method, String path, HttpRequest.BodyPublisher body) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.timeout(Duration.ofSeconds(60))
			.header("Authorization", this.authorization)
			.header("X-Requested-With", "fetch")
			.header("Content-Type", "application/json")
			.method(method, body)
			.build();
		return exchange(request, method + " " + path);
	}

	private byte[] exchange(HttpRequest request, String what) {
		try {
			HttpResponse<byte[]> response = this.http.send(request, HttpResponse.BodyHandlers.ofByteArray());
			if (response.statusCode() != 200) {
				throw new IllegalStateException(what + " answered " + response.statusCode() + ": "
						+ new String(response.body(), StandardCharsets.UTF_8));
			}
			return response.body();
		}
		catch (IOException ex) {
			throw new IllegalStateException(what + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}

package vn.hocvuso.helpdesk.inbox;

import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;

import vn.hocvuso.helpdesk.shared.ChannelType;

/**
 * One webhook request as its channel checks it: the headers, the exact bytes received,
 * and those bytes read as a JSON object. The JSON is read once, and only when a channel
 * asks for it, so each channel decides the order of its checks: a secret header before
 * the body, a signature over the raw bytes before parsing, or parsing first when the
 * signed values are inside the body. A body that is missing, not JSON or not an object is
 * refused here, the same way for every channel.
 */
public final class WebhookRequest {

	private final ChannelType channel;

	private final byte[] body;

	private final HttpHeaders headers;

	private final JsonMapper json;

	private @Nullable JsonNode parsed;

	WebhookRequest(ChannelType channel, byte @Nullable [] body, HttpHeaders headers, JsonMapper json) {
		this.channel = channel;
		this.body = (body != null) ? body : new byte[0];
		this.headers = headers;
		this.json = json;
	}

	public @Nullable String header(String name) {
		return this.headers.getFirst(name);
	}

	/**
	 * The exact bytes received, for a signature (not to be changed); refused when there
	 * are none.
	 */
	public byte[] body() {
		if (this.body.length == 0) {
			throw WebhookRejection.badRequest(this.channel, "empty_body", "Nội dung webhook đang trống.");
		}
		return this.body;
	}

	/** The body as text, as the provider sent it. */
	public String text() {
		return new String(body(), StandardCharsets.UTF_8);
	}

	/** The body as a JSON object, read on the first call. */
	public JsonNode json() {
		JsonNode read = this.parsed;
		if (read == null) {
			read = parse(body());
			this.parsed = read;
		}
		return read;
	}

	/**
	 * An event made of one part of the body, such as one item of a batch, written back as
	 * JSON text.
	 */
	public WebhookEvents.Event event(String eventId, JsonNode part) {
		return new WebhookEvents.Event(eventId, this.json.writeValueAsString(part));
	}

	private JsonNode parse(byte[] bytes) {
		JsonNode read;
		try {
			read = this.json.readTree(bytes);
		}
		catch (JacksonException ex) {
			throw WebhookRejection.badRequest(this.channel, "malformed_json",
					"Nội dung webhook không phải JSON hợp lệ.");
		}
		if (read == null || !read.isObject()) {
			throw WebhookRejection.badRequest(this.channel, "not_an_object", "Webhook phải là một đối tượng JSON.");
		}
		return read;
	}

}

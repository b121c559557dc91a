package vn.hocvuso.helpdesk.channel.telegram;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Calls to the Telegram Bot API ({@code POST /bot<token>/<method>} with a JSON body).
 * Every answer is returned with its HTTP status, whatever it is, so the caller decides
 * what an error means. The bot token is part of the path: this class never logs the URL,
 * and callers must not log the exceptions' messages, which may contain it.
 */
class TelegramApi {

	private final WebClient client;

	private final String prefix;

	private final JsonMapper json;

	TelegramApi(WebClient client, String botToken, JsonMapper json) {
		this.client = client;
		this.prefix = "/bot" + botToken + "/";
		this.json = json;
	}

	Mono<Answer> call(String method, Map<String, Object> body) {
		return this.client.post()
			.uri(this.prefix + method)
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchangeToMono((response) -> response.bodyToMono(String.class)
				.defaultIfEmpty("")
				.map((text) -> new Answer(response.statusCode().value(), parse(text))));
	}

	/** Telegram's JSON answer; a proxy's HTML error page reads as no body at all. */
	private JsonNode parse(String text) {
		try {
			JsonNode node = this.json.readTree(text);
			return (node != null) ? node : MissingNode.getInstance();
		}
		catch (JacksonException ex) {
			return MissingNode.getInstance();
		}
	}

	/**
	 * One Bot API answer: {@code {"ok":true,"result":...}} or
	 * {@code {"ok":false,"error_code":N,"description":"...","parameters":{...}}}.
	 *
	 * @param status the HTTP status
	 */
	record Answer(int status, JsonNode body) {

		boolean ok() {
			return this.status / 100 == 2 && this.body.path("ok").asBoolean(false);
		}

		/** Telegram's error code, or the HTTP status when the body has none. */
		int errorCode() {
			JsonNode code = this.body.path("error_code");
			return code.isIntegralNumber() ? code.asInt() : this.status;
		}

		String description() {
			String description = this.body.path("description").asString("");
			return description.isBlank() ? "HTTP " + this.status : description;
		}

		/** How long Telegram asked us to wait, when it did. */
		Optional<Duration> retryAfter() {
			JsonNode seconds = this.body.path("parameters").path("retry_after");
			return (seconds.isIntegralNumber() && seconds.asLong() > 0)
					? Optional.of(Duration.ofSeconds(seconds.asLong())) : Optional.empty();
		}

	}

}

package vn.hocvuso.helpdesk.channel.zalo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Zalo's OAuth v4 token endpoint for an OA: a refresh token, or an authorization code
 * with its PKCE verifier, exchanged for a new pair. Zalo answers a refusal with an
 * {@code error} code in the body; a failure in transit (timeout, 5xx, a body that is not
 * JSON) is an error of the returned {@link Mono}, so the caller can try again.
 */
class ZaloOAuth {

	private final WebClient client;

	private final ZaloProperties properties;

	private final JsonMapper json;

	private final Clock clock;

	ZaloOAuth(WebClient client, ZaloProperties properties, JsonMapper json, Clock clock) {
		this.client = client;
		this.properties = properties;
		this.json = json;
		this.clock = clock;
	}

	Mono<Answer> refresh(String refreshToken) {
		return exchange(form("grant_type", "refresh_token").with("refresh_token", refreshToken));
	}

	Mono<Answer> exchangeCode(String code, String verifier) {
		return exchange(form("grant_type", "authorization_code").with("code", code).with("code_verifier", verifier));
	}

	private BodyInserters.FormInserter<String> form(String name, String value) {
		return BodyInserters.fromFormData("app_id", this.properties.appId()).with(name, value);
	}

	private Mono<Answer> exchange(BodyInserters.FormInserter<String> form) {
		return this.client.post()
			.uri("/v4/oa/access_token")
			.header("secret_key", this.properties.appSecret())
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(form)
			.retrieve()
			.bodyToMono(String.class)
			.defaultIfEmpty("")
			.map(this::answer);
	}

	private Answer answer(String body) {
		JsonNode answer = this.json.readTree(body.isBlank() ? "{}" : body);
		String access = answer.path("access_token").asString("");
		String refresh = answer.path("refresh_token").asString("");
		if (!access.isEmpty() && !refresh.isEmpty()) {
			return new Issued(new ZaloTokens.Tokens(access, refresh), expiresAt(answer.path("expires_in")));
		}
		if (answer.path("error").isIntegralNumber() && answer.path("error").asInt() != 0) {
			return new Refused("Zalo từ chối cấp token (mã " + answer.path("error").asInt() + ": "
					+ answer.path("error_name").asString(answer.path("message").asString("")) + ")");
		}
		throw new IllegalStateException("Zalo's token answer has neither tokens nor an error code");
	}

	/** Zalo gives the lifetime in seconds, as a string ("90000") or a number. */
	private Instant expiresAt(JsonNode expiresIn) {
		long seconds = expiresIn.isNumber() ? expiresIn.asLong() : parse(expiresIn.asString(""));
		return this.clock.instant().plus(Duration.ofSeconds((seconds > 0) ? seconds : ASSUMED_LIFETIME_SECONDS));
	}

	private static long parse(String text) {
		try {
			return Long.parseLong(text.trim());
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	/** The access token's lifetime when Zalo does not say: 25 hours, as documented. */
	static final long ASSUMED_LIFETIME_SECONDS = 90_000;

	/** Zalo's answer to a token request. */
	sealed interface Answer permits Issued, Refused {

	}

	record Issued(ZaloTokens.Tokens tokens, Instant expiresAt) implements Answer {

	}

	/** Zalo refused the grant itself (a spent or expired refresh token, a wrong code). */
	record Refused(String reason) implements Answer {

	}

}

package vn.hocvuso.helpdesk.channel.zalo;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The OA's access and refresh tokens. The first pair comes from configuration; later ones
 * live in the store. Zalo's refresh token is single-use, so a refresh happens once for
 * all concurrent senders of this instance, and the new pair is stored with a
 * compare-and-set on the old refresh token, so two instances never both spend it.
 */
class ZaloTokens {

	private static final Logger log = LoggerFactory.getLogger(ZaloTokens.class);

	private final ZaloTokenStore store;

	private final WebClient oauth;

	private final ZaloProperties properties;

	private final Clock clock;

	private final AtomicReference<Tokens> current = new AtomicReference<>();

	private final AtomicReference<Mono<Tokens>> refreshing = new AtomicReference<>();

	private final RefreshPacing pacing;

	ZaloTokens(ZaloTokenStore store, WebClient oauth, ZaloProperties properties, Clock clock) {
		this.store = store;
		this.oauth = oauth;
		this.properties = properties;
		this.clock = clock;
		this.pacing = new RefreshPacing(properties.refreshMinInterval());
	}

	Mono<Tokens> current() {
		Tokens known = this.current.get();
		if (known != null) {
			return Mono.just(known);
		}
		return this.store.findOrInsert(new Tokens(this.properties.accessToken(), this.properties.refreshToken()))
			.doOnNext(this.current::set);
	}

	/**
	 * New tokens after Zalo rejected {@code rejectedAccessToken}. If another sender has
	 * already refreshed, its tokens are returned; otherwise one refresh runs and every
	 * caller waits for it.
	 */
	Mono<Tokens> refreshAfterRejected(String rejectedAccessToken) {
		Tokens known = this.current.get();
		if (known != null && !known.accessToken().equals(rejectedAccessToken)) {
			return Mono.just(known);
		}
		Mono<Tokens> flight = this.refreshing.get();
		if (flight != null) {
			return flight;
		}
		Instant now = this.clock.instant();
		if (this.pacing.tooSoon(now)) {
			return Mono.error(new IllegalStateException("Zalo rejected the access token again; the next refresh "
					+ "is allowed after " + this.pacing.nextAllowed()));
		}
		Mono<Tokens> started = current().flatMap(this::refresh)
			.doOnSuccess((fresh) -> this.pacing.succeeded())
			.doOnError((error) -> this.pacing.failed())
			.doFinally((signal) -> this.refreshing.set(null))
			.cache();
		if (!this.refreshing.compareAndSet(null, started)) {
			return refreshAfterRejected(rejectedAccessToken);
		}
		this.pacing.started(now);
		return started;
	}

	private Mono<Tokens> refresh(Tokens used) {
		log.info("Refreshing the Zalo access token");
		return this.oauth.post()
			.uri("/v4/oa/access_token")
			.header("secret_key", this.properties.appSecret())
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData("refresh_token", used.refreshToken())
				.with("app_id", this.properties.appId())
				.with("grant_type", "refresh_token"))
			.retrieve()
			.bodyToMono(JsonNode.class)
			.flatMap((answer) -> {
				String access = answer.path("access_token").asString("");
				String refresh = answer.path("refresh_token").asString("");
				if (access.isEmpty() || refresh.isEmpty()) {
					return Mono.error(new IllegalStateException("Zalo refused the token refresh: " + answer));
				}
				return save(used, new Tokens(access, refresh));
			});
	}

	/** Stores the new pair only if the store still holds the refresh token we spent. */
	private Mono<Tokens> save(Tokens used, Tokens fresh) {
		return this.store.replace(used, fresh, this.clock.instant()).flatMap((stored) -> {
			if (stored) {
				this.current.set(fresh);
				return Mono.just(fresh);
			}
			log.warn("Another instance refreshed the Zalo token first; using its tokens");
			this.current.set(null);
			return current();
		});
	}

	record Tokens(String accessToken, String refreshToken) {

		@Override
		public String toString() {
			return "Tokens[hidden]";
		}

	}

}

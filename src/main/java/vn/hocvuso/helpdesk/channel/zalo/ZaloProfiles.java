package vn.hocvuso.helpdesk.channel.zalo;

import java.time.Duration;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.web.reactive.function.client.WebClient;

import vn.hocvuso.helpdesk.conversation.ResidentUpdates;
import vn.hocvuso.helpdesk.metrics.MeterNames;
import vn.hocvuso.helpdesk.shared.ChannelType;

/**
 * The name a resident shows on Zalo ({@code GET /v3.0/oa/user/detail}), for the people
 * who help them: looked up once a week at most per resident, beside their message. A
 * look-up that fails is logged and counted, and tried again at the resident's next
 * message; it never holds up or breaks the message.
 */
class ZaloProfiles {

	private static final Logger log = LoggerFactory.getLogger(ZaloProfiles.class);

	static final Duration LOOK_AGAIN_AFTER = Duration.ofDays(7);

	private final WebClient api;

	private final ZaloTokens tokens;

	private final JsonMapper json;

	private final ResidentUpdates updates;

	private final MeterRegistry meters;

	/** Residents looked up lately, named or not, so each costs Zalo one call a week. */
	private final Cache<String, Boolean> lookedUp = Caffeine.newBuilder()
		.maximumSize(50_000)
		.expireAfterWrite(LOOK_AGAIN_AFTER)
		.build();

	ZaloProfiles(WebClient api, ZaloTokens tokens, JsonMapper json, ResidentUpdates updates, MeterRegistry meters) {
		this.api = api;
		this.tokens = tokens;
		this.json = json;
		this.updates = updates;
		this.meters = meters;
	}

	/** Looks the resident's name up unless done lately; never fails. */
	Mono<Void> lookUp(String userId) {
		if (userId.isBlank() || AnonymousChat.of(userId).isPresent()
				|| this.lookedUp.asMap().putIfAbsent(userId, Boolean.TRUE) != null) {
			return Mono.empty();
		}
		return this.tokens.current()
			.flatMap((tokens) -> this.api.get()
				.uri((uri) -> uri.path("/v3.0/oa/user/detail").queryParam("data", "{data}").build(query(userId)))
				.header("access_token", tokens.accessToken())
				.retrieve()
				.bodyToMono(String.class))
			.map(this.json::readTree)
			.flatMap((answer) -> {
				String name = answer.path("data").path("display_name").asString("").strip();
				if (name.isEmpty()) {
					count("unnamed");
					log.debug("Zalo gave no display name: error {}", answer.path("error").asString(""));
					return Mono.empty();
				}
				count("named");
				return this.updates.named(ChannelType.ZALO, userId, name);
			})
			.onErrorResume((error) -> {
				// Zalo unreachable or the OA not connected: try again at the next
				// message.
				this.lookedUp.invalidate(userId);
				count("failed");
				log.debug("Could not look up a Zalo display name: {}", error.getClass().getSimpleName());
				return Mono.empty();
			});
	}

	private String query(String userId) {
		return this.json.writeValueAsString(Map.of("user_id", userId));
	}

	private void count(String outcome) {
		this.meters
			.counter(MeterNames.PROFILE_LOOKUPS, MeterNames.CHANNEL, ChannelType.ZALO.id(), MeterNames.OUTCOME, outcome)
			.increment();
	}

}

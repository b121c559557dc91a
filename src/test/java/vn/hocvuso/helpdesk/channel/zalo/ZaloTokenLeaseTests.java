package vn.hocvuso.helpdesk.channel.zalo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.mongodb.client.model.Filters;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.web.reactive.function.client.WebClient;

import vn.hocvuso.helpdesk.WireServer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The token pair shared by several instances through one store (a real wire-protocol
 * server over TCP, each instance with its own driver connection), with WireMock as Zalo's
 * OAuth endpoint: one refresh at a time, the new pair written before it is used, and a
 * refusal for good marks the channel for staff.
 */
class ZaloTokenLeaseTests {

	static final String REFRESH = "/v4/oa/access_token";

	static final String FRESH_ACCESS = "RfBh5NdqsWzhcX8bDDe_1A463Z34Fhy1GVi63AoTU1InwujqF";

	static final String FRESH_REFRESH = "L2Y2BO9Prn_I1SkM08T4J99bZQYVbOBPfTVeRgrLdPK4ZqGX9G";

	@RegisterExtension
	static WireMockExtension zalo = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	WireServer store;

	@BeforeEach
	void startStore() {
		this.store = new WireServer();
	}

	@AfterEach
	void stopStore() {
		this.store.close();
	}

	@Test
	void twoInstancesThatBothSeeARefusedTokenSpendTheRefreshTokenOnce() {
		zalo.stubFor(post(urlEqualTo(REFRESH)).willReturn(refreshed().withFixedDelay(500)));
		ZaloTokens first = instance(Duration.ofSeconds(30));
		ZaloTokens second = instance(Duration.ofSeconds(30));
		assertThat(first.current().block().accessToken()).isEqualTo("token-1");
		assertThat(second.current().block().accessToken()).isEqualTo("token-1");
		List<ZaloTokens.Tokens> fresh = Flux
			.merge(first.refreshReplacing("token-1"), second.refreshReplacing("token-1"),
					first.refreshReplacing("token-1"), second.refreshReplacing("token-1"))
			.collectList()
			.block(Duration.ofSeconds(20));
		assertThat(fresh).extracting(ZaloTokens.Tokens::accessToken).containsOnly(FRESH_ACCESS);
		zalo.verify(1, postRequestedFor(urlEqualTo(REFRESH)).withRequestBody(containing("refresh_token=refresh-1")));
		Document stored = stored();
		assertThat(stored.getString("refreshToken")).isEqualTo(FRESH_REFRESH);
		assertThat(stored.getString("state")).isEqualTo("CONNECTED");
		assertThat(stored.getDate("expiresAt").toInstant()).isBetween(Instant.now().plusSeconds(89_000),
				Instant.now().plusSeconds(90_100));
		assertThat(stored).doesNotContainKeys("leaseOwner", "leaseUntil");
	}

	@Test
	void anInstanceWhoseRefresherDiedTakesOverWhenTheLeaseEnds() {
		zalo.stubFor(post(urlEqualTo(REFRESH)).willReturn(refreshed()));
		ZaloTokens survivor = instance(Duration.ofSeconds(1));
		assertThat(survivor.current().block().accessToken()).isEqualTo("token-1");
		ZaloTokenStore dying = new ZaloTokenStore(database(), () -> Mono.empty());
		assertThat(dying.takeLease("token-1", "a-killed-instance", Instant.now(), Duration.ofSeconds(1)).block())
			.isTrue();
		long started = System.nanoTime();
		assertThat(survivor.refreshReplacing("token-1").block(Duration.ofSeconds(10)).accessToken())
			.isEqualTo(FRESH_ACCESS);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(700));
		zalo.verify(1, postRequestedFor(urlEqualTo(REFRESH)));
	}

	@Test
	void aRefreshTokenZaloRefusesMarksTheChannelForStaffOnEveryInstance() {
		zalo.stubFor(
				post(urlEqualTo(REFRESH)).willReturn(json("{\"error\":-14014,\"message\":\"Invalid refresh token\"}")));
		ZaloTokens first = instance(Duration.ofSeconds(30));
		ZaloTokens second = instance(Duration.ofSeconds(30));
		assertThat(second.current().block().accessToken()).isEqualTo("token-1");
		assertThatThrownBy(() -> first.refreshReplacing("token-1").block(Duration.ofSeconds(10)))
			.isInstanceOf(ZaloTokens.NeedsReconnect.class)
			.hasMessageContaining("-14014");
		assertThat(stored().getString("state")).isEqualTo("NEEDS_RECONNECT");
		assertThat(stored().getString("lastError")).contains("-14014");
		assertThatThrownBy(() -> second.refreshReplacing("token-1").block(Duration.ofSeconds(10)))
			.isInstanceOf(ZaloTokens.NeedsReconnect.class);
		assertThatThrownBy(() -> first.current().block()).isInstanceOf(ZaloTokens.NeedsReconnect.class);
		zalo.verify(1, postRequestedFor(urlEqualTo(REFRESH)));
		first.connect(new ZaloTokens.Tokens("staff-access", "staff-refresh"), Instant.now().plusSeconds(90_000))
			.block();
		assertThat(second.current().block().accessToken()).isEqualTo("staff-access");
		assertThat(stored()).doesNotContainKeys("lastError");
	}

	@Test
	void aRefreshThatFailsOnTheWayLeavesTheChannelConnectedAndIsTriedAgain() {
		zalo.stubFor(post(urlEqualTo(REFRESH)).willReturn(aResponse().withStatus(502)));
		ZaloTokens tokens = instance(Duration.ofSeconds(30));
		assertThatThrownBy(() -> tokens.refreshReplacing("token-1").block(Duration.ofSeconds(10)))
			.isNotInstanceOf(ZaloTokens.NeedsReconnect.class);
		Document stored = stored();
		assertThat(stored.getString("state")).isEqualTo("CONNECTED");
		assertThat(stored.getString("lastError")).contains("502");
		assertThat(stored).doesNotContainKeys("leaseOwner", "leaseUntil");
		zalo.resetAll();
		zalo.stubFor(post(urlEqualTo(REFRESH)).willReturn(refreshed()));
		assertThat(tokens.refreshReplacing("token-1").block(Duration.ofSeconds(10)).accessToken())
			.isEqualTo(FRESH_ACCESS);
	}

	@Test
	void theTokenIsRefreshedAheadOfItsExpiryAndNotBefore() {
		zalo.stubFor(post(urlEqualTo(REFRESH)).willReturn(refreshed()));
		ZaloTokens tokens = instance(Duration.ofSeconds(30));
		ZaloTokenKeeper keeper = new ZaloTokenKeeper(tokens, properties(Duration.ofSeconds(30)), Clock.systemUTC());
		tokens.connect(new ZaloTokens.Tokens("token-1", "refresh-1"), Instant.now().plus(Duration.ofHours(5))).block();
		assertThat(keeper.refreshIfDue().block()).isFalse();
		zalo.verify(0, postRequestedFor(urlEqualTo(REFRESH)));
		tokens.connect(new ZaloTokens.Tokens("token-1", "refresh-1"), Instant.now().plus(Duration.ofMinutes(90)))
			.block();
		assertThat(keeper.refreshIfDue().block()).isTrue();
		zalo.verify(1, postRequestedFor(urlEqualTo(REFRESH)).withRequestBody(containing("refresh_token=refresh-1")));
		assertThat(tokens.current().block().accessToken()).isEqualTo(FRESH_ACCESS);
		assertThat(keeper.refreshIfDue().block()).isFalse();
	}

	@Test
	void aPairFromConfigurationWithUnknownAgeIsRefreshedAtTheFirstCheck() {
		zalo.stubFor(post(urlEqualTo(REFRESH)).willReturn(refreshed()));
		ZaloTokens tokens = instance(Duration.ofSeconds(30));
		ZaloTokenKeeper keeper = new ZaloTokenKeeper(tokens, properties(Duration.ofSeconds(30)), Clock.systemUTC());
		assertThat(keeper.refreshIfDue().block()).isTrue();
		assertThat(stored().getString("accessToken")).isEqualTo(FRESH_ACCESS);
	}

	private ZaloTokens instance(Duration lease) {
		ZaloProperties properties = properties(lease);
		ZaloOAuth oauth = new ZaloOAuth(WebClient.create(zalo.baseUrl()), properties, JsonMapper.builder().build(),
				Clock.systemUTC());
		return new ZaloTokens(new ZaloTokenStore(database(), () -> Mono.empty()), oauth, properties, Clock.systemUTC());
	}

	private MongoDatabase database() {
		return this.store.databaseOfAnotherInstance();
	}

	private Document stored() {
		return Mono.from(database().getCollection("channel_tokens").find(Filters.eq("_id", "zalo")).first())
			.block(Duration.ofSeconds(5));
	}

	static ZaloProperties properties(Duration lease) {
		return new ZaloProperties(true, ZaloSamples.APP_ID, ZaloSamples.OA_SECRET_KEY, "test-app-secret", "token-1",
				"refresh-1", "http://unused", zalo.baseUrl(), false, "", Duration.ofSeconds(2), Duration.ZERO, lease,
				Duration.ofHours(2), Duration.ofMinutes(5), "", false);
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder refreshed() {
		return json(ZaloSamples.raw("oauth_refresh.success.docs-sample"));
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
		return aResponse().withHeader("Content-Type", "application/json").withBody(body);
	}

}

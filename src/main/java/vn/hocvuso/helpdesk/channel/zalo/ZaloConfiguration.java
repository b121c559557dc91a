package vn.hocvuso.helpdesk.channel.zalo;

import java.time.Clock;

import com.mongodb.reactivestreams.client.MongoDatabase;
import reactor.netty.http.client.HttpClient;
import tools.jackson.databind.json.JsonMapper;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

import vn.hocvuso.helpdesk.conversation.ResidentUpdates;
import vn.hocvuso.helpdesk.shared.SiteMetaTag;
import vn.hocvuso.helpdesk.store.StoreDurability;

/** Wires the Zalo channel: its HTTP clients, tokens, sender and domain verification. */
@Configuration(proxyBeanMethods = false)
class ZaloConfiguration {

	@Bean
	ZaloOAuth zaloOAuth(ZaloProperties properties, JsonMapper json, Clock clock) {
		return new ZaloOAuth(client(properties, properties.oauthBaseUrl()), properties, json, clock);
	}

	@Bean
	ZaloTokens zaloTokens(ZaloProperties properties, ZaloOAuth oauth, MongoDatabase database,
			StoreDurability durability, Clock clock) {
		return new ZaloTokens(new ZaloTokenStore(database, durability), oauth, properties, clock);
	}

	@Bean
	ZaloTokenKeeper zaloTokenKeeper(ZaloTokens tokens, ZaloProperties properties, Clock clock) {
		return new ZaloTokenKeeper(tokens, properties, clock);
	}

	@Bean
	ZaloReplySender zaloReplySender(ZaloProperties properties, ZaloTokens tokens, JsonMapper json) {
		return new ZaloReplySender(client(properties, properties.apiBaseUrl()), tokens, properties, json);
	}

	@Bean
	ZaloProfiles zaloProfiles(ZaloProperties properties, ZaloTokens tokens, JsonMapper json, ResidentUpdates updates,
			MeterRegistry meters) {
		return new ZaloProfiles(client(properties, properties.apiBaseUrl()), tokens, json, updates, meters);
	}

	/** Zalo checks a domain by this meta tag on the home page. */
	@Bean
	SiteMetaTag zaloSiteVerification(ZaloProperties properties) {
		return new SiteMetaTag("zalo-platform-site-verification", properties.siteVerification());
	}

	private static WebClient client(ZaloProperties properties, String baseUrl) {
		HttpClient http = HttpClient.create().responseTimeout(properties.timeout());
		return WebClient.builder().baseUrl(baseUrl).clientConnector(new ReactorClientHttpConnector(http)).build();
	}

}

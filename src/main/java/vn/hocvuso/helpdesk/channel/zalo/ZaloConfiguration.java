package vn.hocvuso.helpdesk.channel.zalo;

import java.time.Clock;

import com.mongodb.reactivestreams.client.MongoDatabase;
import reactor.netty.http.client.HttpClient;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

import vn.hocvuso.helpdesk.shared.SiteMetaTag;
import vn.hocvuso.helpdesk.store.StoreDurability;

/** Wires the Zalo channel: its HTTP clients, tokens, sender and domain verification. */
@Configuration(proxyBeanMethods = false)
class ZaloConfiguration {

	@Bean
	ZaloReplySender zaloReplySender(ZaloProperties properties, MongoDatabase database, StoreDurability durability,
			Clock clock) {
		HttpClient http = HttpClient.create().responseTimeout(properties.timeout());
		WebClient api = WebClient.builder()
			.baseUrl(properties.apiBaseUrl())
			.clientConnector(new ReactorClientHttpConnector(http))
			.build();
		WebClient oauth = WebClient.builder()
			.baseUrl(properties.oauthBaseUrl())
			.clientConnector(new ReactorClientHttpConnector(http))
			.build();
		return new ZaloReplySender(api,
				new ZaloTokens(new ZaloTokenStore(database, durability), oauth, properties, clock));
	}

	/** Zalo checks a domain by this meta tag on the home page. */
	@Bean
	SiteMetaTag zaloSiteVerification(ZaloProperties properties) {
		return new SiteMetaTag("zalo-platform-site-verification", properties.siteVerification());
	}

}

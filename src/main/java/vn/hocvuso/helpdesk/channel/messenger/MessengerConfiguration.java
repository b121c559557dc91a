package vn.hocvuso.helpdesk.channel.messenger;

import io.netty.channel.ChannelOption;
import reactor.netty.http.client.HttpClient;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

/** Wires the Messenger channel's Graph API client and reply sender. */
@Configuration(proxyBeanMethods = false)
class MessengerConfiguration {

	@Bean
	MessengerReplySender messengerReplySender(MessengerProperties properties, JsonMapper json) {
		HttpClient http = HttpClient.create()
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, Math.toIntExact(properties.timeout().toMillis()))
			.responseTimeout(properties.timeout());
		WebClient api = WebClient.builder()
			.baseUrl(properties.apiBaseUrl())
			.clientConnector(new ReactorClientHttpConnector(http))
			.build();
		return new MessengerReplySender(api, properties, new MessengerErrors(json));
	}

}

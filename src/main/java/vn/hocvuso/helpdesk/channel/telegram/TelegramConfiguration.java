package vn.hocvuso.helpdesk.channel.telegram;

import io.netty.channel.ChannelOption;
import reactor.netty.http.client.HttpClient;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

/** Wires the Telegram channel: its Bot API client and its reply sender. */
@Configuration(proxyBeanMethods = false)
class TelegramConfiguration {

	@Bean
	TelegramApi telegramApi(TelegramProperties properties, JsonMapper json) {
		HttpClient http = HttpClient.create()
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) properties.timeout().toMillis())
			.responseTimeout(properties.timeout());
		WebClient client = WebClient.builder()
			.baseUrl(properties.apiBaseUrl())
			.clientConnector(new ReactorClientHttpConnector(http))
			.build();
		return new TelegramApi(client, properties.botToken(), json);
	}

	@Bean
	TelegramReplySender telegramReplySender(TelegramApi api) {
		return new TelegramReplySender(api);
	}

}

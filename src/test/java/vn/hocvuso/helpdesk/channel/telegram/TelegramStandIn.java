package vn.hocvuso.helpdesk.channel.telegram;

import com.github.tomakehurst.wiremock.WireMockServer;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.hocvuso.helpdesk.ProviderStandIn;

/**
 * WireMock standing in for Telegram's Bot API, shared by the test classes that extend
 * this (and so is their app). Each test stubs what it needs.
 */
abstract class TelegramStandIn {

	static final WireMockServer telegram = ProviderStandIn.start();

	@DynamicPropertySource
	static void telegramUrl(DynamicPropertyRegistry registry) {
		registry.add("helpdesk.channels.telegram.api-base-url", telegram::baseUrl);
	}

}

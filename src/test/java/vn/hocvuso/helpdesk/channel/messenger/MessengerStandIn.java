package vn.hocvuso.helpdesk.channel.messenger;

import com.github.tomakehurst.wiremock.WireMockServer;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.hocvuso.helpdesk.ProviderStandIn;

/**
 * WireMock standing in for Meta's Send API, shared by the test classes that extend this
 * (and so is their app). Each test stubs what it needs.
 */
abstract class MessengerStandIn {

	static final WireMockServer graph = ProviderStandIn.start();

	@DynamicPropertySource
	static void graphUrl(DynamicPropertyRegistry registry) {
		registry.add("helpdesk.channels.messenger.api-base-url", graph::baseUrl);
	}

}

package vn.hocvuso.helpdesk.channel.zalo;

import com.github.tomakehurst.wiremock.WireMockServer;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.hocvuso.helpdesk.ProviderStandIn;

/**
 * WireMock standing in for Zalo's OA and OAuth APIs, shared by the test classes that
 * extend this (and so is their app). Each test stubs what it needs.
 */
abstract class ZaloStandIn {

	static final String SEND = "/v3.0/oa/message/cs";

	static final String REFRESH = "/v4/oa/access_token";

	static final WireMockServer zalo = ProviderStandIn.start();

	@DynamicPropertySource
	static void zaloUrls(DynamicPropertyRegistry registry) {
		registry.add("helpdesk.channels.zalo.api-base-url", zalo::baseUrl);
		registry.add("helpdesk.channels.zalo.oauth-base-url", zalo::baseUrl);
	}

}

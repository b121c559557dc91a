package vn.hocvuso.helpdesk.channel.zalo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.hocvuso.helpdesk.ProviderStandIn;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

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

	/** Zalo's answer to a message it accepted, from its documentation. */
	static ResponseDefinitionBuilder accepted() {
		return json(ZaloSamples.raw("send_cs.success.docs-sample"));
	}

	static ResponseDefinitionBuilder json(String body) {
		return aResponse().withHeader("Content-Type", "application/json").withBody(body);
	}

	/** The texts of the messages sent to this resident, in order. */
	static java.util.List<String> textsSentTo(String user) {
		return zalo.findAll(postRequestedFor(urlEqualTo(SEND)).withRequestBody(ZaloSamples.reaches(user)))
			.stream()
			.map((request) -> ZaloSamples.json(request.getBodyAsString()).path("message").path("text").asString())
			.toList();
	}

	static int sendsTo(String user) {
		return textsSentTo(user).size();
	}

}

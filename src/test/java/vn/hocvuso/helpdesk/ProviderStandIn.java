package vn.hocvuso.helpdesk;

import com.github.tomakehurst.wiremock.WireMockServer;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * WireMock standing in for a provider's API (Zalo, Meta's Graph API, Telegram's Bot API).
 * The server lives as long as the test JVM, so the test classes of a channel that extend
 * one base holding it keep its address and share one application context, instead of
 * starting an app each.
 */
public final class ProviderStandIn {

	private ProviderStandIn() {
	}

	/** A started server on a free port of 127.0.0.1, stopped when the JVM ends. */
	public static WireMockServer start() {
		WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
		server.start();
		Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "stop-provider-stand-in"));
		return server;
	}

}

package vn.hocvuso.helpdesk.channel.zalo;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole app with the Zalo channel on. The test class points
 * {@code helpdesk.channels.zalo.api-base-url} and {@code oauth-base-url} at its WireMock
 * server, which stands in for Zalo. Retries are fast so fault tests finish quickly.
 * Ambassadors' notices link to {@link #CONSOLE_URL}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "helpdesk.store.embedded-backend=memory", "helpdesk.admin.initial-password=zalo-admin",
				"helpdesk.channels.zalo.enabled=true", "helpdesk.channels.zalo.app-id=" + ZaloSamples.APP_ID,
				"helpdesk.channels.zalo.oa-secret-key=" + ZaloSamples.OA_SECRET_KEY,
				"helpdesk.channels.zalo.app-secret=test-app-secret", "helpdesk.channels.zalo.access-token=token-1",
				"helpdesk.channels.zalo.refresh-token=refresh-1", "helpdesk.channels.zalo.timeout=1s",
				"helpdesk.channels.zalo.site-verification=zalo-check-123",
				"helpdesk.escalation.console-url=" + ZaloIntegrationTest.CONSOLE_URL,
				"helpdesk.delivery.first-backoff=100ms", "helpdesk.delivery.max-backoff=300ms",
				"helpdesk.delivery.poll-interval=100ms" })
@interface ZaloIntegrationTest {

	/** Where ambassadors' Zalo notices link to. */
	String CONSOLE_URL = "https://hoidapso.example.vn/";

}

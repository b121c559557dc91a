package vn.hocvuso.helpdesk.channel.messenger;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole app with the Messenger channel on. The test class points
 * {@code helpdesk.channels.messenger.api-base-url} at its WireMock server, which stands
 * in for the Graph API. A call may take one second, and retries are fast, so fault tests
 * finish quickly.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "helpdesk.store.embedded-backend=memory", "helpdesk.admin.initial-password=messenger-admin",
				"helpdesk.channels.messenger.enabled=true",
				"helpdesk.channels.messenger.app-secret=" + MessengerSamples.APP_SECRET,
				"helpdesk.channels.messenger.verify-token=" + MessengerSamples.VERIFY_TOKEN,
				"helpdesk.channels.messenger.page-access-token=" + MessengerSamples.PAGE_TOKEN,
				"helpdesk.channels.messenger.timeout=1s", "helpdesk.delivery.first-backoff=100ms",
				"helpdesk.delivery.max-backoff=300ms", "helpdesk.delivery.poll-interval=100ms" })
@interface MessengerIntegrationTest {

}

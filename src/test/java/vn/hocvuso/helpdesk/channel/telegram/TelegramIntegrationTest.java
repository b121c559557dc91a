package vn.hocvuso.helpdesk.channel.telegram;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole app with the Telegram channel on. The test class points
 * {@code helpdesk.channels.telegram.api-base-url} at its WireMock server, which stands in
 * for the Bot API. Calls time out after 1 s and retries are fast so fault tests finish
 * quickly.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "helpdesk.store.embedded-backend=memory", "helpdesk.admin.initial-password=telegram-admin",
				"helpdesk.channels.telegram.enabled=true",
				"helpdesk.channels.telegram.bot-token=" + TelegramSamples.BOT_TOKEN,
				"helpdesk.channels.telegram.secret-token=" + TelegramSamples.SECRET_TOKEN,
				"helpdesk.channels.telegram.timeout=1s", "helpdesk.delivery.first-backoff=100ms",
				"helpdesk.delivery.max-backoff=300ms", "helpdesk.delivery.poll-interval=100ms" })
@interface TelegramIntegrationTest {

}

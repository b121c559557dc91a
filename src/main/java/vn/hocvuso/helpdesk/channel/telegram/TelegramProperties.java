package vn.hocvuso.helpdesk.channel.telegram;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The ward's Telegram bot.
 *
 * @param enabled whether {@code /webhooks/telegram} accepts updates
 * @param botToken the token BotFather gave the bot, used in every Bot API call
 * @param secretToken the {@code secret_token} given to {@code setWebhook}; Telegram sends
 * it back in {@code X-Telegram-Bot-Api-Secret-Token} and updates without it are refused
 * @param apiBaseUrl where Bot API calls are sent
 * @param timeout how long one call to Telegram may take
 */
@ConfigurationProperties("helpdesk.channels.telegram")
public record TelegramProperties(@DefaultValue("false") boolean enabled, @DefaultValue("") String botToken,
		@DefaultValue("") String secretToken, @DefaultValue("https://api.telegram.org") String apiBaseUrl,
		@DefaultValue("10s") Duration timeout) {

	@Override
	public String toString() {
		return "TelegramProperties[enabled=" + this.enabled + ", apiBaseUrl=" + this.apiBaseUrl + ", timeout="
				+ this.timeout + ", tokens hidden]";
	}

}

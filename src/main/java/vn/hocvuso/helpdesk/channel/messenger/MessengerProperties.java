package vn.hocvuso.helpdesk.channel.messenger;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The ward's Facebook Page on Messenger.
 *
 * @param enabled whether {@code /webhooks/messenger} answers at all
 * @param appSecret the Meta App Secret that signs each webhook POST
 * @param verifyToken the token Meta repeats in the GET challenge when the webhook is set
 * up
 * @param pageAccessToken the Page access token that sends replies
 * @param apiBaseUrl where the Graph API is reached
 * @param apiVersion the Graph API version in each send path, such as {@code v21.0}
 * @param timeout how long one call to the Graph API may take
 */
@ConfigurationProperties("helpdesk.channels.messenger")
public record MessengerProperties(@DefaultValue("false") boolean enabled, @DefaultValue("") String appSecret,
		@DefaultValue("") String verifyToken, @DefaultValue("") String pageAccessToken,
		@DefaultValue("https://graph.facebook.com") String apiBaseUrl, @DefaultValue("v21.0") String apiVersion,
		@DefaultValue("10s") Duration timeout) {

	@Override
	public String toString() {
		return "MessengerProperties[enabled=" + this.enabled + ", apiBaseUrl=" + this.apiBaseUrl + ", apiVersion="
				+ this.apiVersion + ", timeout=" + this.timeout + ", secrets hidden]";
	}

}

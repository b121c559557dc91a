package vn.hocvuso.helpdesk.channel.zalo;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The ward's Zalo Official Account.
 *
 * @param enabled whether {@code /webhooks/zalo} accepts events
 * @param appId the Zalo app id (also inside each webhook body)
 * @param oaSecretKey the OA Secret Key that signs webhooks (not the App Secret)
 * @param appSecret the App Secret, sent when refreshing the access token
 * @param accessToken the first access token; later ones live in the store
 * @param refreshToken the first refresh token; each is single-use, later ones live in the
 * store
 * @param apiBaseUrl where replies are sent
 * @param oauthBaseUrl where access tokens are refreshed
 * @param allowUnsigned development only: accept webhooks without a valid signature
 * @param siteVerification the content of Zalo's domain-verification meta tag, served on
 * the home page
 * @param timeout how long one call to Zalo may take
 * @param refreshMinInterval the least time between two refreshes of the access token
 * (doubled after each refresh that fails), so tokens Zalo keeps rejecting cause no storm
 * @param refreshLease how long one instance may take to refresh the tokens before another
 * may take over
 * @param refreshAhead how long before the access token expires it is refreshed
 * @param refreshCheck how often the token's expiry is checked
 * @param redirectUrl the address Zalo sends staff back to after they authorize the OA,
 * registered as the app's callback URL on developers.zalo.me; empty: this site's
 * {@code /staff/channels/zalo/callback}
 * @param paidReplies whether the OA may send replies Zalo charges for: more than 48 hours
 * after the resident last wrote (up to Zalo's 7 days). Off: such a reply goes to a person
 * who phones the resident
 */
@ConfigurationProperties("helpdesk.channels.zalo")
public record ZaloProperties(@DefaultValue("false") boolean enabled, @DefaultValue("") String appId,
		@DefaultValue("") String oaSecretKey, @DefaultValue("") String appSecret, @DefaultValue("") String accessToken,
		@DefaultValue("") String refreshToken, @DefaultValue("https://openapi.zalo.me") String apiBaseUrl,
		@DefaultValue("https://oauth.zaloapp.com") String oauthBaseUrl, @DefaultValue("false") boolean allowUnsigned,
		@DefaultValue("") String siteVerification, @DefaultValue("10s") Duration timeout,
		@DefaultValue("1m") Duration refreshMinInterval, @DefaultValue("30s") Duration refreshLease,
		@DefaultValue("2h") Duration refreshAhead, @DefaultValue("5m") Duration refreshCheck,
		@DefaultValue("") String redirectUrl, @DefaultValue("false") boolean paidReplies) {
}

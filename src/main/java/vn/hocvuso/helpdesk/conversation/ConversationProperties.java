package vn.hocvuso.helpdesk.conversation;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the bot talks.
 *
 * @param popularTopics topics offered as buttons after a greeting or when the bot is
 * unsure
 * @param privacyPageUrl the public address of the privacy page ({@code /rieng-tu.html} on
 * this server), linked from the first reply to a new resident; none when blank
 */
@ConfigurationProperties("helpdesk.conversation")
public record ConversationProperties(@DefaultValue( {
		"vneid.install", "vneid.login", "dvc.submit", "scam.otp" }) List<String> popularTopics,
		@DefaultValue("") String privacyPageUrl){
}

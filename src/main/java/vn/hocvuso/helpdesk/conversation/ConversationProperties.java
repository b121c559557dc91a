package vn.hocvuso.helpdesk.conversation;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the bot talks.
 *
 * @param popularTopics topics offered as buttons after a greeting or when the bot is
 * unsure
 * @param privacyPageUrl the public address of the privacy page, linked from the first
 * reply to a new resident; when blank, {@code /rieng-tu.html} below
 * {@code helpdesk.escalation.console-url} (the app's public address), and no link when
 * that is blank too
 */
@ConfigurationProperties("helpdesk.conversation")
public record ConversationProperties(@DefaultValue( {
		"vneid.install", "vneid.login", "dvc.submit", "scam.otp" }) List<String> popularTopics,
		@DefaultValue("") String privacyPageUrl){
}

package vn.hocvuso.helpdesk.conversation;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the bot talks.
 *
 * @param popularTopics topics offered as buttons after a greeting or when the bot is
 * unsure
 */
@ConfigurationProperties("helpdesk.conversation")
public record ConversationProperties(@DefaultValue( {
		"vneid.install", "vneid.login", "dvc.submit", "scam.otp" }) List<String> popularTopics){
}

package vn.hocvuso.helpdesk.admin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Staff accounts.
 *
 * @param initialPassword the password of user {@code admin} created on first start (from
 * {@code HELPDESK_ADMIN_PASSWORD}); when blank a random one is generated and printed once
 */
@ConfigurationProperties("helpdesk.admin")
public record AdminProperties(@DefaultValue("") String initialPassword) {
}

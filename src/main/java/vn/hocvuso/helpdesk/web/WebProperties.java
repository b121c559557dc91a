package vn.hocvuso.helpdesk.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the HTTP API.
 *
 * @param maxBodySize request bodies larger than this are refused with 413
 */
@ConfigurationProperties("helpdesk.web")
public record WebProperties(@DefaultValue("64KB") DataSize maxBodySize) {
}

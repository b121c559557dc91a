package vn.hocvuso.helpdesk.web;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the HTTP API and of signing in.
 *
 * @param maxBodySize request bodies larger than this are refused with 413
 * @param maxLoginFailures wrong passwords in a row after which an account is locked
 * @param lockout how long a locked account stays locked
 * @param maxUploadSize the body limit instead for file uploads (the library's zip import)
 * @param uploadPaths the paths that take file uploads
 * @param requestTimeout a request not answered within this gets a 503 problem
 * @param exportTimeout the same for the reports (CSV and Excel), which may stream long
 */
@ConfigurationProperties("helpdesk.web")
public record WebProperties(@DefaultValue("64KB") DataSize maxBodySize, @DefaultValue("5") int maxLoginFailures,
		@DefaultValue("15m") Duration lockout, @DefaultValue("2MB") DataSize maxUploadSize,
		@DefaultValue("/api/v1/library/import") List<String> uploadPaths, @DefaultValue("30s") Duration requestTimeout,
		@DefaultValue("10m") Duration exportTimeout) {
}

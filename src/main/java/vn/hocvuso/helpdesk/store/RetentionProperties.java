package vn.hocvuso.helpdesk.store;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long residents' words, and the audit log, are kept.
 *
 * @param caseTexts after this long, the text of a case (and, once its ticket is resolved,
 * of the ticket's conversation) is removed; the case, its topic and outcome stay, so
 * every count and indicator stays as it was. About 24 months by default.
 * @param auditLog after this long, an entry of the audit log (sign-ins with the client's
 * address, exports and erasures of residents' data) is removed. About 24 months by
 * default.
 */
@ConfigurationProperties("helpdesk.retention")
public record RetentionProperties(@DefaultValue("730d") Duration caseTexts, @DefaultValue("730d") Duration auditLog) {

	/** What a removed text is replaced with, for the people who read the case later. */
	public static final String REMOVED_TEXT = "[nội dung đã xoá]";

}

package vn.hocvuso.helpdesk.reports;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The periodic report.
 *
 * @param wardName who reports, as written at the top of the report
 */
@ConfigurationProperties("helpdesk.reports")
public record ReportsProperties(@DefaultValue("Ủy ban nhân dân phường") String wardName) {
}

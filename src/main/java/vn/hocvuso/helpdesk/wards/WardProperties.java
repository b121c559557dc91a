package vn.hocvuso.helpdesk.wards;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The ward's residential groups to start with, used only when the store has none.
 *
 * @param groups the real groups, e.g. {@code helpdesk.ward.groups[0].code=TDP01}
 * @param demo with no groups configured, start a demo ward (six groups and three demo
 * ambassadors) so a newcomer sees something
 */
@ConfigurationProperties("helpdesk.ward")
public record WardProperties(@DefaultValue List<ResidentialGroup> groups, @DefaultValue("true") boolean demo) {
}

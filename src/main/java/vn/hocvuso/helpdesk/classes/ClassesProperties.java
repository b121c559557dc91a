package vn.hocvuso.helpdesk.classes;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the classes ({@code helpdesk.classes.*}).
 *
 * @param remindBefore how long before a class its sign-ups are reminded (the day before)
 * @param reminderCheck how often classes are looked at for reminders due
 */
@ConfigurationProperties("helpdesk.classes")
record ClassesProperties(@DefaultValue("24h") Duration remindBefore, @DefaultValue("10m") Duration reminderCheck) {

}

package vn.hocvuso.helpdesk.indicators;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Indicators and the leaderboard.
 *
 * @param zone the ward's time zone: which day a case counts on
 * @param leaderboardEnabled whether the public leaderboard shows until staff switch it
 * @param residentKeysKept how long the per-period resident keys are kept after their
 * period closes, by a rebuild and by the hourly housekeeping (only a case processed that
 * late could need them)
 */
@ConfigurationProperties("helpdesk.indicators")
public record IndicatorsProperties(@DefaultValue("Asia/Ho_Chi_Minh") ZoneId zone,
		@DefaultValue("true") boolean leaderboardEnabled, @DefaultValue("7d") Duration residentKeysKept) {
}

package vn.hocvuso.helpdesk.editor;

import java.time.Duration;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The library editor.
 *
 * @param publishLease how long a publish may hold the publish lock before another one may
 * take it over (a crashed instance never blocks publishing for longer)
 * @param reviewOverdueAfter an article last reviewed longer ago than this is flagged
 * @param activityDays the list shows how often each topic was asked in this many days
 * @param maxZipEntries an imported zip with more files than this is refused
 * @param maxZipEntrySize an imported zip with a file larger than this (unpacked) is
 * refused
 * @param suggestionCases how many undecided suggested questions (the most recently
 * resolved) the suggestions page shows
 * @param groupSimilarity how alike two questions must be (0 to 1, shared three-letter
 * pieces of their words) to be reviewed as one group
 * @param suggestionMinScore how much an ambassador's reply must resemble a topic (0 to 1)
 * for that topic to be suggested; below it staff pick the topic
 */
@ConfigurationProperties("helpdesk.editor")
public record EditorProperties(@DefaultValue("5m") Duration publishLease, @DefaultValue("6m") Period reviewOverdueAfter,
		@DefaultValue("30") int activityDays, @DefaultValue("200") int maxZipEntries,
		@DefaultValue("512KB") DataSize maxZipEntrySize, @DefaultValue("500") int suggestionCases,
		@DefaultValue("0.5") double groupSimilarity, @DefaultValue("0.15") double suggestionMinScore) {
}

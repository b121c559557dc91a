package vn.hocvuso.helpdesk.editor;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One line of the staff's library list.
 *
 * @param reviewOverdue last reviewed longer ago than
 * {@code helpdesk.editor.review-overdue-after}
 * @param draftBy who saved the draft, when there is one
 * @param asked cases about the topic in the last {@code activity-days} days
 * @param answered of those, answered by the bot
 */
record ArticleRow(String id, String title, int version, LocalDate reviewed, boolean reviewOverdue, boolean urgent,
		@Nullable String draftBy, @Nullable Instant draftAt, long asked, long answered, long helpful, long notHelpful) {
}

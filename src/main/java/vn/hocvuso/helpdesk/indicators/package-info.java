/**
 * Indicators of the campaign, counted from support cases and tickets: cases, distinct
 * residents, answered by the bot alone (containment), clarified, escalated, the bot's
 * time to first response, feedback, undeliverable replies, topics and their trend, new
 * residents, per residential group with monthly targets, and the public leaderboard.
 * <p>
 * Pages never scan cases. Every stored case change ({@code CaseListener}) adds its
 * difference to one counter document per day (Asia/Ho_Chi_Minh) and residential group,
 * with topic and channel breakdowns inside, by an atomic {@code $inc} upsert; distinct
 * residents are counted once per period with one key document per period and resident. A
 * period is read by {@code _id} only, the one index the embedded store uses. The
 * {@code rebuild-indicators} command recomputes every counter from the cases.
 */
@NullMarked
package vn.hocvuso.helpdesk.indicators;

import org.jspecify.annotations.NullMarked;

/**
 * The Telegram bot channel. Telegram posts each update to {@code /webhooks/telegram} with
 * the secret token given to {@code setWebhook}; the token is compared in constant time,
 * the update is stored in the durable inbox under its {@code update_id} before the 200,
 * and it is turned into a conversation turn in the background: texts and button taps
 * become messages, pictures, files and voice notes go to a person with a {@code tg-file:}
 * link, {@code /start} gets the welcome, and edits, channel posts and other bots are
 * counted and skipped. Replies go out through {@code sendMessage}, with quick replies as
 * a one-time reply keyboard. Telegram ids are read as exact text, never through a double.
 * Configured under {@code helpdesk.channels.telegram}.
 */
@NullMarked
package vn.hocvuso.helpdesk.channel.telegram;

import org.jspecify.annotations.NullMarked;

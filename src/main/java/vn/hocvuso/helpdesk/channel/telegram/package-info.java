/**
 * The Telegram bot channel. Telegram posts each update to the shared webhook
 * {@code /webhooks/telegram} with the secret token given to {@code setWebhook}; this
 * package compares the token in constant time before the body is read, names the
 * {@code update_id} the inbox keeps the update under, and turns the stored update into a
 * conversation turn in the background: texts and button taps become messages, pictures,
 * files and voice notes go to a person with a {@code tg-file:} link, {@code /start} gets
 * the welcome, and edits, channel posts and other bots are counted and skipped. Replies
 * go out through {@code sendMessage}, with quick replies as a one-time reply keyboard.
 * Telegram ids are read as exact text, never through a double. Configured under
 * {@code helpdesk.channels.telegram}.
 */
@NullMarked
package vn.hocvuso.helpdesk.channel.telegram;

import org.jspecify.annotations.NullMarked;

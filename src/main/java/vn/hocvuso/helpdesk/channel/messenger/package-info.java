/**
 * The Facebook Messenger channel of the ward's Page. Meta checks the webhook once with a
 * GET challenge answered only for the configured verify token; after that every POST to
 * the shared webhook is signed with the App Secret ({@code X-Hub-Signature-256}), which
 * this package verifies over the exact bytes received before parsing them, and split into
 * its messaging items, each stored in the durable inbox before the 200 and processed in
 * the background. Texts, quick-reply taps, postbacks and attachments become one
 * {@code InboundMessage}; echoes, delivery and read receipts are counted and skipped.
 * Replies go out through the Send API inside the 24-hour window, with the choices as
 * quick-reply buttons, and the Graph API's error codes decide between a later retry and a
 * reply a person must give another way. Configured under
 * {@code helpdesk.channels.messenger}.
 */
@NullMarked
package vn.hocvuso.helpdesk.channel.messenger;

import org.jspecify.annotations.NullMarked;

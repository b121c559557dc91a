/**
 * The web chat channel: a phone-first page anyone can use to talk to the bot without a
 * Zalo account, backed by a small JSON API. Replies are delivered into a per-session
 * mailbox in the store, which is how a person's later reply reaches the page.
 */
@NullMarked
package vn.hocvuso.helpdesk.channel.webchat;

import org.jspecify.annotations.NullMarked;

/**
 * The one verified-webhook path of every channel, and the durable inbox of its events.
 * {@code POST /webhooks/<channel id>} finds the channel's {@link ChannelWebhook}, answers
 * 404 for an unknown or switched-off channel, lets the channel check its provider's proof
 * and say which events the body holds, makes every event durable, and only then answers
 * 200; refusals are {@link WebhookRejection}s, counted in one place. Events are then
 * processed in the background by their channel's {@link InboundEventHandler}, whose skips
 * are logged and counted here; unfinished events are resumed after a restart. Channels
 * depend on this package; it depends on none of them.
 */
@NullMarked
package vn.hocvuso.helpdesk.inbox;

import org.jspecify.annotations.NullMarked;

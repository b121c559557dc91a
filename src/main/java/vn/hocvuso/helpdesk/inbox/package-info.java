/**
 * The durable inbox of webhook events: verified events are stored (and made durable)
 * before the provider is acknowledged, then processed in the background by their
 * channel's handler; unfinished events are resumed after a restart. Channels depend on
 * this package; it depends on none of them.
 */
@NullMarked
package vn.hocvuso.helpdesk.inbox;

import org.jspecify.annotations.NullMarked;

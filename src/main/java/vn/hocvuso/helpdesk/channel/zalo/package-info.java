/**
 * The Zalo Official Account channel: a signed webhook in (verified over the raw bytes,
 * stored before the 200, processed in the background), customer-service messages out
 * (with the OA's single-use refresh token handled once for all senders), and the domain
 * verification meta tag. Configured under {@code helpdesk.channels.zalo}.
 */
@NullMarked
package vn.hocvuso.helpdesk.channel.zalo;

import org.jspecify.annotations.NullMarked;

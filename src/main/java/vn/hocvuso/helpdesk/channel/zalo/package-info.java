/**
 * The Zalo Official Account channel: its side of the shared webhook (the body is parsed
 * first, then the signature is verified over the raw bytes; one event per body, under its
 * message id), what each Zalo event means, customer-service messages out (with the OA's
 * single-use refresh token handled once for all senders), and the domain verification
 * meta tag. Configured under {@code helpdesk.channels.zalo}.
 */
@NullMarked
package vn.hocvuso.helpdesk.channel.zalo;

import org.jspecify.annotations.NullMarked;

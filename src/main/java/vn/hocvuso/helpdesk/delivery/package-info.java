/**
 * Getting replies to residents: the {@link vn.hocvuso.helpdesk.delivery.Reply} every
 * channel understands, the {@link vn.hocvuso.helpdesk.delivery.ReplySender} each channel
 * implements, and the durable outbox that sends, retries with back-off, and records
 * replies a provider refuses, so that nothing accepted is ever lost.
 */
@NullMarked
package vn.hocvuso.helpdesk.delivery;

import org.jspecify.annotations.NullMarked;

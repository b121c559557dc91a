/**
 * Getting replies to residents: the {@link vn.hocvuso.helpdesk.delivery.Reply} every
 * channel understands, the {@link vn.hocvuso.helpdesk.delivery.ReplySender} each channel
 * implements, and the durable outbox that sends, retries with back-off, and records
 * replies a provider refuses, so that nothing accepted is ever lost. A refusal for good
 * is announced as a {@link vn.hocvuso.helpdesk.delivery.ReplyUndeliverable} event, for
 * whoever must then reach the resident another way; this package knows nothing of them.
 */
@NullMarked
package vn.hocvuso.helpdesk.delivery;

import org.jspecify.annotations.NullMarked;

/**
 * One turn of a conversation, the same for every channel: a channel adapter turns what it
 * received into an {@link vn.hocvuso.helpdesk.conversation.InboundMessage}; this package
 * asks escalation where the resident stands, understands the message, decides (the
 * hand-off's rules first, then the bot's answer from the library), records the support
 * case, has escalation carry out the hand-off, and queues the
 * {@link vn.hocvuso.helpdesk.delivery.Reply} for delivery. It returns a
 * {@link vn.hocvuso.helpdesk.conversation.Turn} saying what the turn did. It knows no
 * channel and no ticket.
 */
@NullMarked
package vn.hocvuso.helpdesk.conversation;

import org.jspecify.annotations.NullMarked;

/**
 * One turn of a conversation, the same for every channel: a channel adapter turns what it
 * received into an {@link vn.hocvuso.helpdesk.conversation.InboundMessage}, this package
 * understands it, decides, records the support case and hands the
 * {@link vn.hocvuso.helpdesk.conversation.Reply} to that channel's
 * {@link vn.hocvuso.helpdesk.conversation.ReplySender}.
 */
@NullMarked
package vn.hocvuso.helpdesk.conversation;

import org.jspecify.annotations.NullMarked;

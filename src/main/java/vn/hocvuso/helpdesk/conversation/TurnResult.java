package vn.hocvuso.helpdesk.conversation;

import org.jspecify.annotations.Nullable;

import vn.hocvuso.helpdesk.cases.SupportCase;
import vn.hocvuso.helpdesk.delivery.Reply;

/**
 * The end of one turn.
 *
 * @param reply the bot's reply; empty when a person owns the conversation
 * @param duplicate the message had been handled before; the reply is the one sent then
 */
public record TurnResult(SupportCase supportCase, @Nullable Reply reply, boolean duplicate) {
}

package vn.hocvuso.helpdesk.conversation;

import vn.hocvuso.helpdesk.cases.SupportCase;
import vn.hocvuso.helpdesk.delivery.Reply;

/**
 * The end of one turn.
 *
 * @param duplicate the message had been handled before; the reply is the one sent then
 */
public record TurnResult(SupportCase supportCase, Reply reply, boolean duplicate) {
}

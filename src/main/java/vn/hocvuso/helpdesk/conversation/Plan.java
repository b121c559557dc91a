package vn.hocvuso.helpdesk.conversation;

import java.util.List;

import vn.hocvuso.helpdesk.cases.SupportCase;
import vn.hocvuso.helpdesk.delivery.Reply;
import vn.hocvuso.helpdesk.residents.ResidentSession;

/**
 * What the bot will do with one message: the words and buttons to send, the outcome to
 * record on the case, and what to wait for next.
 */
record Plan(String text, List<Reply.QuickReply> quickReplies, SupportCase.Outcome outcome, ResidentSession session) {
}

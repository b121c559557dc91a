package vn.hocvuso.helpdesk.channel.webchat;

import java.util.List;

/** A reply waiting in a web chat session's mailbox. */
record WebChatReply(String id, String caseId, String text, List<String> quickReplies) {
}

package vn.hocvuso.helpdesk.delivery;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

import vn.hocvuso.helpdesk.shared.ChannelType;

/**
 * A Spring application event: a channel refused a reply for good (outside its reply
 * window, not following, blocked), so nobody will read it there and a person should phone
 * the recipient. Published after the outbox records the refusal; whoever listens decides
 * what a person must do (escalation marks the case and hands it over), and delivery knows
 * nothing about them.
 *
 * @param replyId the refused reply's outbox id
 * @param caseId the support case the reply answered; empty for a reply that answers no
 * case (an ambassador's words, a feedback question, a notice to an ambassador)
 * @param channelUserId the recipient as the channel knows them
 * @param reason what the provider said ("zalo error -230")
 */
public record ReplyUndeliverable(String replyId, @Nullable String caseId, ChannelType channel, String channelUserId,
		String reason) {

	public ReplyUndeliverable {
		Objects.requireNonNull(replyId, "replyId");
		Objects.requireNonNull(channel, "channel");
		Objects.requireNonNull(channelUserId, "channelUserId");
		Objects.requireNonNull(reason, "reason");
	}

	static ReplyUndeliverable of(Reply reply, String reason) {
		return new ReplyUndeliverable(reply.id(), reply.caseId(), reply.channel(), reply.channelUserId(), reason);
	}

}

package vn.hocvuso.helpdesk.conversation;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

import vn.hocvuso.helpdesk.escalation.Escalation;
import vn.hocvuso.helpdesk.residents.ResidentDirectory;
import vn.hocvuso.helpdesk.shared.ChannelType;

/**
 * What a channel learns about a resident besides their own messages: a person answered
 * them from the channel's own chat tool, or the name they show on the channel.
 */
@Service
public class ResidentUpdates {

	private final ResidentDirectory residents;

	private final Escalation escalation;

	ResidentUpdates(ResidentDirectory residents, Escalation escalation) {
		this.residents = residents;
		this.escalation = escalation;
	}

	/**
	 * A person answered the resident from the channel's own chat tool: the message goes
	 * on the resident's ticket, which a person now holds, so the bot stays silent until
	 * the ticket is resolved.
	 */
	public Mono<Void> answeredOutside(OutsideReply reply) {
		return this.residents.identify(reply.channel(), reply.channelUserId())
			.flatMap((resident) -> this.escalation.answeredOutside(resident, reply.messageId(), reply.text(),
					reply.by(), reply.at()));
	}

	/** The name the resident shows on their channel, for the people who help them. */
	public Mono<Void> named(ChannelType channel, String channelUserId, String displayName) {
		return this.residents.setDisplayName(channel, channelUserId, displayName);
	}

}

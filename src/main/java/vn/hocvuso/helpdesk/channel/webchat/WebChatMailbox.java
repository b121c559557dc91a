package vn.hocvuso.helpdesk.channel.webchat;

import java.time.Clock;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import vn.hocvuso.helpdesk.delivery.DeliveryResult;
import vn.hocvuso.helpdesk.delivery.Reply;
import vn.hocvuso.helpdesk.delivery.ReplySender;
import vn.hocvuso.helpdesk.delivery.SentParts;
import vn.hocvuso.helpdesk.shared.ChannelType;

/**
 * Delivers web chat replies by putting them in the session's mailbox, from which the page
 * reads what it has not shown yet (for example a reply written later by a person).
 */
@Component
class WebChatMailbox implements ReplySender {

	private final MailboxStore mailboxes;

	private final Clock clock;

	WebChatMailbox(MailboxStore mailboxes, Clock clock) {
		this.mailboxes = mailboxes;
		this.clock = clock;
	}

	@Override
	public ChannelType channel() {
		return ChannelType.WEBCHAT;
	}

	@Override
	public Mono<DeliveryResult> send(Reply reply, SentParts sent) {
		return this.mailboxes.put(reply, this.clock.instant()).thenReturn(DeliveryResult.delivered());
	}

}

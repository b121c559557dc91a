package vn.hocvuso.helpdesk.classes;

import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import vn.hocvuso.helpdesk.delivery.Reply;
import vn.hocvuso.helpdesk.delivery.ReplyDelivery;
import vn.hocvuso.helpdesk.residents.ResidentDirectory;
import vn.hocvuso.helpdesk.shared.ChannelType;

/**
 * Messages to residents on a class's list, sent only where their channel carries them
 * free now: as an answer to their last message, inside the channel's reply window (Zalo's
 * free 48 hours unless staff allowed paid replies, Messenger's 24 hours), any time on
 * Telegram and the web chat. Otherwise nothing is sent and someone must phone.
 */
@Component
class FreeMessages {

	private final ResidentDirectory residents;

	private final ReplyDelivery delivery;

	FreeMessages(ResidentDirectory residents, ReplyDelivery delivery) {
		this.residents = residents;
		this.delivery = delivery;
	}

	/**
	 * Sends the text to a sign-up; whether it went. The reply id is fixed by the caller,
	 * so sending twice (two instances, a retry after a crash) sends once.
	 */
	Mono<Boolean> send(Attendee signUp, String replyId, String text) {
		ChannelType channel = signUp.channel();
		String residentId = signUp.residentId();
		String channelUserId = signUp.channelUserId();
		if (channel == null || residentId == null || channelUserId == null) {
			return Mono.just(false);
		}
		return this.residents.lastMessage(residentId)
			.flatMap((last) -> this.delivery.enqueueInWindow(
					new Reply(replyId, channel, channelUserId, null, text, List.of(), last.messageId(), last.at())));
	}

}

package vn.hocvuso.helpdesk.campaigns;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

import vn.hocvuso.helpdesk.delivery.Reply;
import vn.hocvuso.helpdesk.delivery.ReplyDelivery;
import vn.hocvuso.helpdesk.residents.Resident;
import vn.hocvuso.helpdesk.residents.ResidentDirectory;

/**
 * Sends a campaign message once: to every resident of its groups who still follows the
 * ward's account and whose channel carries it free now (as an answer to their last
 * message, inside the channel's reply window: Zalo's free 48 hours unless staff allowed
 * paid replies, Messenger's 24 hours, any time on Telegram and the web chat). The others
 * are counted as not reachable; ambassadors pass the copy-ready text on in their groups.
 */
@Service
class CampaignSender {

	private final CampaignStore store;

	private final ResidentDirectory residents;

	private final ReplyDelivery delivery;

	private final Clock clock;

	CampaignSender(CampaignStore store, ResidentDirectory residents, ReplyDelivery delivery, Clock clock) {
		this.store = store;
		this.residents = residents;
		this.delivery = delivery;
		this.clock = clock;
	}

	Mono<Campaign> send(String id, String by) {
		return this.store.startSending(id, by, this.clock.instant())
			.switchIfEmpty(Mono.defer(() -> this.store.find(id)
				.switchIfEmpty(Mono
					.error(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có tin chiến dịch này.")))
				.then(Mono.error(() -> new ResponseStatusException(HttpStatus.CONFLICT,
						"Tin này đã được gửi rồi; muốn gửi lại, bác tạo một tin mới.")))))
			.flatMap(this::sendToAll);
	}

	private Mono<Campaign> sendToAll(Campaign campaign) {
		AtomicLong queued = new AtomicLong();
		AtomicLong notReachable = new AtomicLong();
		return this.residents.following(campaign.groupCodes())
			.concatMap((resident) -> sendTo(campaign, resident).doOnNext((sent) -> {
				if (sent) {
					queued.incrementAndGet();
				}
				else {
					notReachable.incrementAndGet();
				}
			}))
			.then(Mono.defer(() -> this.store.counted(campaign.id(), queued.get(), notReachable.get())));
	}

	private Mono<Boolean> sendTo(Campaign campaign, Resident resident) {
		String replyId = "campaign:" + campaign.id() + ":" + resident.id();
		return this.residents.lastMessage(resident.id())
			.flatMap((last) -> this.delivery.enqueueInWindow(new Reply(replyId, resident.channel(),
					resident.channelUserId(), null, campaign.message(), List.of(), last.messageId(), last.at())))
			.flatMap((sent) -> sent
					? this.store.recordRecipient(campaign.id(), resident.id(), resident.channel().id(), replyId)
						.thenReturn(true)
					: Mono.just(false));
	}

}

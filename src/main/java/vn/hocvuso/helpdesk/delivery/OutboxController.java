package vn.hocvuso.helpdesk.delivery;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.hocvuso.helpdesk.shared.ChannelType;

/**
 * {@code GET /api/v1/outbox} (staff): for each channel, the replies still waiting to be
 * sent and how long the oldest has waited, and the replies that could not be delivered (a
 * person was asked to phone). What the staff page {@code /staff/outbox.html} shows on a
 * day a provider is down. Counts only: no reply's text or recipient.
 */
@RestController
class OutboxController {

	private static final List<OutboxEntry.Status> WAITING = List.of(OutboxEntry.Status.PENDING,
			OutboxEntry.Status.SENDING);

	private static final List<OutboxEntry.Status> NOT_DELIVERED = List.of(OutboxEntry.Status.UNDELIVERABLE,
			OutboxEntry.Status.FAILED);

	private final OutboxStore outbox;

	private final Clock clock;

	OutboxController(OutboxStore outbox, Clock clock) {
		this.outbox = outbox;
		this.clock = clock;
	}

	@GetMapping(path = "/api/v1/outbox", produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<List<ChannelOutbox>> outbox() {
		return Flux.fromIterable(Arrays.asList(ChannelType.values())).concatMap(this::channel).collectList();
	}

	private Mono<ChannelOutbox> channel(ChannelType channel) {
		return Mono
			.zip(this.outbox.count(channel, WAITING), this.outbox.count(channel, NOT_DELIVERED),
					this.outbox.oldestWaiting(channel)
						.map((oldest) -> Math.max(0, Duration.between(oldest, this.clock.instant()).toSeconds()))
						.defaultIfEmpty(0L))
			.map((counts) -> new ChannelOutbox(channel.id(), channel.label(), counts.getT1(), counts.getT3(),
					counts.getT2()));
	}

	/**
	 * One channel's outbox.
	 *
	 * @param waiting replies not sent yet (they are retried until the channel's reply
	 * window ends)
	 * @param oldestWaitingSeconds how long the oldest of them has waited; 0 when none
	 * @param notDelivered replies the channel refused or that outlived its reply window
	 */
	record ChannelOutbox(String channel, String name, long waiting, long oldestWaitingSeconds, long notDelivered) {
	}

}

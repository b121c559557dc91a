package vn.hocvuso.helpdesk.delivery;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.hocvuso.helpdesk.metrics.MeterNames;
import vn.hocvuso.helpdesk.shared.ChannelType;
import vn.hocvuso.helpdesk.shared.Periodically;

/**
 * The channels that wait for staff (a Zalo OA to reconnect, a page token to renew), in
 * three places: {@code GET /api/v1/channels/problems} for the red banner on every staff
 * page; {@code /actuator/health}'s {@code channels} component, DEGRADED while one waits;
 * and the {@code helpdesk.channel.needs.staff} gauge, read in the background.
 */
@RestController("channelsHealthIndicator")
class ChannelConnections implements ReactiveHealthIndicator, SmartLifecycle {

	/** Other channels still work, so the help desk is degraded, not down. */
	static final Status DEGRADED = new Status("DEGRADED", "A channel waits for staff; the others work");

	private static final Logger log = LoggerFactory.getLogger(ChannelConnections.class);

	private final List<ReplySender> senders;

	private final Map<ChannelType, AtomicInteger> needsStaff = new EnumMap<>(ChannelType.class);

	private final Periodically refresher;

	ChannelConnections(List<ReplySender> senders, MeterRegistry meters) {
		this.senders = senders;
		for (ReplySender sender : senders) {
			AtomicInteger value = new AtomicInteger();
			this.needsStaff.put(sender.channel(), value);
			Gauge.builder(MeterNames.CHANNEL_NEEDS_STAFF, value, AtomicInteger::get)
				.description("1 while the channel waits for staff to reconnect it")
				.tag(MeterNames.CHANNEL, sender.channel().id())
				.register(meters);
		}
		this.refresher = new Periodically(Duration.ZERO, Duration.ofSeconds(15), this::problems, log,
				"Reading the channels' connections failed");
	}

	@GetMapping(path = "/api/v1/channels/problems", produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<List<Problem>> problems() {
		return Flux.fromIterable(this.senders)
			.concatMap((sender) -> sender.connection()
				.onErrorResume((error) -> Mono
					.just(ChannelConnection.needsStaff("Không đọc được trạng thái kênh: " + error.getMessage(), "")))
				.doOnNext((connection) -> this.needsStaff.get(sender.channel()).set(connection.needsStaff() ? 1 : 0))
				.filter(ChannelConnection::needsStaff)
				.map((connection) -> new Problem(sender.channel().id(), sender.channel().label(), connection.problem(),
						connection.fixAt())))
			.collectList();
	}

	@Override
	public Mono<Health> health() {
		return problems().map((problems) -> {
			if (problems.isEmpty()) {
				return Health.up().build();
			}
			Health.Builder health = Health.status(DEGRADED);
			problems.forEach((problem) -> health.withDetail(problem.channel(), problem.problem()));
			return health.build();
		});
	}

	/**
	 * A channel waiting for staff.
	 *
	 * @param problem what staff must do
	 * @param fixAt the staff page where it is done, or empty
	 */
	record Problem(String channel, String name, String problem, String fixAt) {
	}

	@Override
	public void start() {
		this.refresher.start();
	}

	@Override
	public void stop() {
		this.refresher.stop();
	}

	@Override
	public boolean isRunning() {
		return this.refresher.isRunning();
	}

}

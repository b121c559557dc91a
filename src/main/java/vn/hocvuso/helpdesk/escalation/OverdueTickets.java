package vn.hocvuso.helpdesk.escalation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import vn.hocvuso.helpdesk.shared.Periodically;
import vn.hocvuso.helpdesk.tickets.TicketChanges;

/**
 * The SLA re-route: every {@code check-every}, each waiting ticket past its deadline is
 * marked overdue and offered to the whole ward, and the ambassadors outside its group
 * hear of it on Zalo. Several instances share the work; each ticket is taken by one.
 */
@Component
class OverdueTickets implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(OverdueTickets.class);

	private final TicketChanges changes;

	private final AmbassadorNotices notices;

	private final Periodically watch;

	OverdueTickets(TicketChanges changes, AmbassadorNotices notices, EscalationProperties properties) {
		this.changes = changes;
		this.notices = notices;
		this.watch = new Periodically(properties.checkEvery(), properties.checkEvery(), this::offerToWard, log,
				"Looking for overdue tickets failed");
	}

	/** Offers every overdue ticket to the whole ward; how many there were. */
	Mono<Long> offerToWard() {
		return this.changes.takeOverdue().concatMap(this.notices::overdue).count();
	}

	@Override
	public void start() {
		this.watch.start();
	}

	@Override
	public void stop() {
		this.watch.stop();
	}

	@Override
	public boolean isRunning() {
		return this.watch.isRunning();
	}

}

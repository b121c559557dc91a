package vn.hocvuso.helpdesk.cases;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import vn.hocvuso.helpdesk.shared.Periodically;

/**
 * Lists under their residents, in the background after start-up, the cases a store kept
 * from before cases were listed so ({@link ResidentCaseStore}); a failed run is tried
 * again a minute later, and once every case is listed a run only checks that.
 */
@Component
class ResidentListing implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ResidentListing.class);

	private final Periodically listing;

	ResidentListing(CaseStore cases) {
		this.listing = new Periodically(Duration.ZERO, Duration.ofMinutes(1), () -> list(cases), log,
				"Listing the cases under their residents failed");
	}

	private static Mono<Long> list(CaseStore cases) {
		long started = System.nanoTime();
		return cases.listCasesUnderResidents()
			.filter((listed) -> listed > 0)
			.doOnNext((listed) -> log.info("Listed {} earlier cases under their residents in {} s", listed,
					Duration.ofNanos(System.nanoTime() - started).toSeconds()));
	}

	@Override
	public void start() {
		this.listing.start();
	}

	@Override
	public void stop() {
		this.listing.stop();
	}

	@Override
	public boolean isRunning() {
		return this.listing.isRunning();
	}

}

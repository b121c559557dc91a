package vn.hocvuso.helpdesk.store;

import java.time.Duration;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.context.SmartLifecycle;

import vn.hocvuso.helpdesk.shared.Periodically;

/**
 * Lists under their residents, in the background after start-up, the documents a store
 * kept from before they were listed so ({@link ResidentListStore#listAll}); a failed run
 * is tried again a minute later, and once every document is listed a run only checks
 * that.
 */
public class ResidentListing implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ResidentListing.class);

	private final Periodically listing;

	/**
	 * @param what the documents, as the log names them ("cases")
	 * @param listAll lists the documents not listed yet; how many it listed
	 */
	public ResidentListing(String what, Supplier<Mono<Long>> listAll) {
		this.listing = new Periodically(Duration.ZERO, Duration.ofMinutes(1), () -> list(what, listAll), log,
				"Listing the " + what + " under their residents failed");
	}

	private static Mono<Long> list(String what, Supplier<Mono<Long>> listAll) {
		long started = System.nanoTime();
		return listAll.get()
			.filter((listed) -> listed > 0)
			.doOnNext((listed) -> log.info("Listed {} earlier {} under their residents in {} s", listed, what,
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

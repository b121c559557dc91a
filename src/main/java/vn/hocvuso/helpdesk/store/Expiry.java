package vn.hocvuso.helpdesk.store;

import java.time.Instant;

import reactor.core.publisher.Mono;

/**
 * A collection whose finished documents are removed once they are old enough to be of no
 * more use, so the store does not grow for ever with work already done. Each feature
 * decides what is finished and how long it is kept; {@link Housekeeping} runs them all.
 */
public interface Expiry {

	/** The collection's name, for the log and the metric. */
	String collection();

	/** Removes the finished documents that are past their keeping time; how many. */
	Mono<Long> removeExpired(Instant now);

}

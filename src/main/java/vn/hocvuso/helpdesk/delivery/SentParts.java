package vn.hocvuso.helpdesk.delivery;

import reactor.core.publisher.Mono;

/**
 * The parts of one reply that its provider has already accepted. A sender skips them, and
 * records each part the provider accepts before it sends the next; so a reply that failed
 * on its second part, or whose instance was killed there, resumes at the second part and
 * the resident never gets the first one twice.
 */
public interface SentParts {

	/** How many parts, counted from the first, the provider has accepted. */
	int count();

	/**
	 * Records durably that the provider accepted this part (numbered from 0) under its
	 * message id.
	 */
	Mono<Void> accepted(int part, String providerMessageId);

}

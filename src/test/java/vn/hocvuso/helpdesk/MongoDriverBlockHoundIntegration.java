package vn.hocvuso.helpdesk;

import reactor.blockhound.BlockHound;
import reactor.blockhound.integration.BlockHoundIntegration;

/**
 * The MongoDB driver guards its connection pool's work queue with a short in-memory lock,
 * which it may take on whatever thread requests the next batch of a cursor (the event
 * loop, when a response is streamed). That wait is bounded and involves no I/O, so it is
 * allowed; everything else stays forbidden on non-blocking threads.
 */
public class MongoDriverBlockHoundIntegration implements BlockHoundIntegration {

	@Override
	public void applyTo(BlockHound.Builder builder) {
		builder.allowBlockingCallsInside("com.mongodb.internal.Locks", "checkedWithLock");
	}

}

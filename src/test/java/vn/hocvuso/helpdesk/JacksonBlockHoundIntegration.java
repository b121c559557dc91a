package vn.hocvuso.helpdesk;

import reactor.blockhound.BlockHound;
import reactor.blockhound.integration.BlockHoundIntegration;

/**
 * Jackson makes the deserializer of a type the first time it reads one, under a short
 * in-memory lock; a second event loop reading the same type at that moment waits for it.
 * The wait is bounded, involves no I/O and happens once per type, so it is allowed. The
 * fuzz run found it as a 500 when two requests were the first to send a body of one type.
 */
public class JacksonBlockHoundIntegration implements BlockHoundIntegration {

	@Override
	public void applyTo(BlockHound.Builder builder) {
		builder.allowBlockingCallsInside("tools.jackson.databind.deser.DeserializerCache",
				"_createAndCacheValueDeserializer");
	}

}

package vn.hocvuso.helpdesk;

import reactor.blockhound.BlockHound;
import reactor.blockhound.integration.BlockHoundIntegration;

/**
 * Netty's adaptive buffer allocator (the default in Netty 4.2) guards a magazine of
 * buffers with a short in-memory lock, which an event loop may wait for while another
 * thread gives buffers back (CI caught it while a large download was written to a file).
 * The wait is bounded and involves no I/O, so it is allowed; everything else stays
 * forbidden on non-blocking threads.
 */
public class NettyAllocatorBlockHoundIntegration implements BlockHoundIntegration {

	@Override
	public void applyTo(BlockHound.Builder builder) {
		builder.allowBlockingCallsInside("io.netty.buffer.AdaptivePoolingAllocator$Magazine", "free");
		builder.allowBlockingCallsInside("io.netty.buffer.AdaptivePoolingAllocator$MagazineGroup", "free");
	}

}

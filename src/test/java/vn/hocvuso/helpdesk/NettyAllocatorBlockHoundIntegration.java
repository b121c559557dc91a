package vn.hocvuso.helpdesk;

import reactor.blockhound.BlockHound;
import reactor.blockhound.integration.BlockHoundIntegration;

/**
 * Netty 4.2's adaptive buffer allocator, when it adds a magazine under contention, frees
 * the old one under a {@code StampedLock} write lock: a short in-memory lock with no I/O,
 * taken on the event loop while a large answer (a backup, a library export) is written.
 * Netty's own BlockHound rules do not list it yet (the same false positive is allowed in
 * line/armeria#6344), so it is allowed here; everything else stays forbidden.
 */
public class NettyAllocatorBlockHoundIntegration implements BlockHoundIntegration {

	@Override
	public void applyTo(BlockHound.Builder builder) {
		builder.allowBlockingCallsInside("io.netty.buffer.AdaptivePoolingAllocator$MagazineGroup",
				"tryExpandMagazines");
	}

}

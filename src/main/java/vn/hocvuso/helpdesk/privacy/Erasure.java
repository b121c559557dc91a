package vn.hocvuso.helpdesk.privacy;

import java.time.Instant;

/**
 * What an erasure removed.
 *
 * @param residentId whose data
 * @param erasedAt when
 * @param cases cases whose words were removed
 * @param tickets tickets whose conversation was removed
 */
record Erasure(String residentId, Instant erasedAt, long cases, long tickets) {
}

package vn.hocvuso.helpdesk.tickets;

import java.time.Instant;
import java.util.Objects;

/**
 * Why a ticket becomes urgent, and by when someone must claim it.
 *
 * @param reason shown on the ticket ("Có thể đã bị lừa đảo")
 * @param claimBy the ticket goes to the whole ward if nobody has claimed it by then
 */
public record Urgency(String reason, Instant claimBy) {

	public Urgency {
		Objects.requireNonNull(reason, "reason");
		Objects.requireNonNull(claimBy, "claimBy");
	}

}

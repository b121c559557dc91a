package vn.hocvuso.helpdesk.privacy;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.hocvuso.helpdesk.cases.SupportCase;
import vn.hocvuso.helpdesk.residents.Resident;
import vn.hocvuso.helpdesk.tickets.Ticket;

/**
 * Everything the help desk keeps about one resident, as the export gives it.
 *
 * @param exportedAt when it was made
 * @param resident who they are on their channel, their group, pending conversation and
 * the last three digits of their phone number
 * @param displayName the name they show on their channel, when known
 * @param cases every message they sent (texts as stored: numbers already masked)
 * @param tickets every hand-off to a person, with its conversation
 */
record ResidentData(Instant exportedAt, Resident resident, @Nullable String displayName, List<SupportCase> cases,
		List<Ticket> tickets) {
}

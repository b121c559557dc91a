package vn.hocvuso.helpdesk.tickets;

import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.model.Filters;
import org.bson.conversions.Bson;

/**
 * Who is looking at tickets, and so which they may see: staff see all; an ambassador sees
 * their groups' tickets, ward-wide ones, and the ones they claimed.
 */
public record Viewer(String username, boolean staff, List<String> groupCodes) {

	public Viewer {
		groupCodes = List.copyOf(groupCodes);
	}

	public boolean canSee(Ticket ticket) {
		return this.staff || this.username.equals(ticket.claimedBy()) || ticket.wardWide()
				|| (ticket.groupCode() != null && this.groupCodes.contains(ticket.groupCode()));
	}

	/** The same rule as {@link #canSee} as a query. */
	Bson filter() {
		if (this.staff) {
			return Filters.empty();
		}
		List<Bson> visible = new ArrayList<>(
				List.of(Filters.eq("claimedBy", this.username), Filters.eq("wardWide", true)));
		if (!this.groupCodes.isEmpty()) {
			visible.add(Filters.in("groupCode", this.groupCodes));
		}
		return Filters.or(visible);
	}

}

package vn.hocvuso.helpdesk.tickets;

import org.springframework.stereotype.Component;

import vn.hocvuso.helpdesk.store.ResidentListing;

/** Lists a store's earlier tickets under their residents, in the background. */
@Component
class TicketListing extends ResidentListing {

	TicketListing(TicketStore tickets) {
		super("tickets", tickets::listEarlierTickets);
	}

}

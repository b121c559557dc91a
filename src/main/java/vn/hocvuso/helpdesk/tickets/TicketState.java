package vn.hocvuso.helpdesk.tickets;

/** Where a ticket stands. */
public enum TicketState {

	/** Offered to ambassadors; nobody has claimed it yet. The bot still answers. */
	WAITING,
	/** An ambassador has taken it; the bot is silent in the conversation. */
	CLAIMED,
	/** The ambassador has replied at least once; still theirs. */
	ANSWERED,
	/** Done; the resident was asked whether it helped. */
	RESOLVED;

	/** Claimed or answered: a person owns the conversation. */
	public boolean ownedByPerson() {
		return this == CLAIMED || this == ANSWERED;
	}

	public boolean isOpen() {
		return this != RESOLVED;
	}

}

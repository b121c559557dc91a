package vn.hocvuso.helpdesk.cases;

/** Where a support case stands. */
public enum CaseStatus {

	/** Stored, not yet understood or answered. */
	RECEIVED,
	/** The bot answered with a quick guide. */
	ANSWERED,
	/** The bot asked which of two topics the resident means. */
	CLARIFYING,
	/** Handed to a person. */
	ESCALATED,
	/** A person is answering the resident; the bot stayed silent and only recorded it. */
	WITH_AMBASSADOR

}

package vn.hocvuso.helpdesk.classes;

/** What became of a resident's sign-up for a class. */
public enum SignUpResult {

	/** They are on the list, with a seat. */
	SIGNED_UP,

	/** They were on the list already. */
	ALREADY,

	/** No seat was left (or the class is no longer on the schedule). */
	FULL

}

package vn.hocvuso.helpdesk.delivery;

/**
 * Whether a channel can send on its own, or waits for staff (a token to renew, an OA
 * package to extend). Replies wait in the outbox meanwhile.
 *
 * @param problem what staff must do, in plain Vietnamese; empty when the channel is fine
 * @param fixAt the staff page where it is fixed; empty when there is none
 */
public record ChannelConnection(String problem, String fixAt) {

	public static ChannelConnection fine() {
		return new ChannelConnection("", "");
	}

	public static ChannelConnection needsStaff(String problem, String fixAt) {
		return new ChannelConnection(problem, fixAt);
	}

	public boolean needsStaff() {
		return !this.problem.isEmpty();
	}

}

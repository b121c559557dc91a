package vn.hocvuso.helpdesk.shared;

/**
 * The ways a resident can reach the help desk. The id is what is stored and used in
 * metric tags; the label is the channel's name wherever people read it (the ticket page,
 * a note asking to phone the resident). Adding a channel is one entry here and one
 * package under {@code channel/}.
 */
public enum ChannelType {

	WEBCHAT("webchat", "Trang hỏi đáp"), ZALO("zalo", "Zalo"), MESSENGER("messenger", "Messenger"),
	TELEGRAM("telegram", "Telegram");

	private final String id;

	private final String label;

	ChannelType(String id, String label) {
		this.id = id;
		this.label = label;
	}

	public String id() {
		return this.id;
	}

	/** The channel's name for people, in Vietnamese where it has one. */
	public String label() {
		return this.label;
	}

	public static ChannelType fromId(String id) {
		for (ChannelType type : values()) {
			if (type.id.equals(id)) {
				return type;
			}
		}
		throw new IllegalArgumentException("Unknown channel id '" + id + "'");
	}

}

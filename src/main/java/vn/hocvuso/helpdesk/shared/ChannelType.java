package vn.hocvuso.helpdesk.shared;

/**
 * The ways a resident can reach the help desk. The id is what is stored and used in
 * metric tags.
 */
public enum ChannelType {

	WEBCHAT("webchat"), ZALO("zalo"), MESSENGER("messenger"), TELEGRAM("telegram");

	private final String id;

	ChannelType(String id) {
		this.id = id;
	}

	public String id() {
		return this.id;
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

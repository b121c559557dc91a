package vn.hocvuso.helpdesk.residents;

import java.time.Instant;
import java.util.Objects;

import vn.hocvuso.helpdesk.shared.ChannelType;

/** A person who has written to the help desk, known by their identity on one channel. */
public record Resident(String id, ChannelType channel, String channelUserId, Instant firstSeenAt,
		ResidentSession session) {

	public Resident {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(channel, "channel");
		Objects.requireNonNull(channelUserId, "channelUserId");
		Objects.requireNonNull(session, "session");
	}

	public Resident withSession(ResidentSession session) {
		return new Resident(this.id, this.channel, this.channelUserId, this.firstSeenAt, session);
	}

}

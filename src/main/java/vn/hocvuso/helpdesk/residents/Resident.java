package vn.hocvuso.helpdesk.residents;

import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import vn.hocvuso.helpdesk.shared.ChannelType;

/**
 * A person who has written to the help desk, known by their identity on one channel.
 *
 * @param groupCode their residential group, once they have said which
 * @param groupAsked the bot has asked for their group (it asks once)
 */
public record Resident(String id, ChannelType channel, String channelUserId, Instant firstSeenAt,
		ResidentSession session, @Nullable String groupCode, boolean groupAsked) {

	public Resident {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(channel, "channel");
		Objects.requireNonNull(channelUserId, "channelUserId");
		Objects.requireNonNull(session, "session");
	}

	public Resident withSession(ResidentSession session) {
		return new Resident(this.id, this.channel, this.channelUserId, this.firstSeenAt, session, this.groupCode,
				this.groupAsked || session.awaitingGroup());
	}

	public Resident withGroup(String groupCode) {
		return new Resident(this.id, this.channel, this.channelUserId, this.firstSeenAt, this.session, groupCode, true);
	}

}

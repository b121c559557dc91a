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
 * @param phone their phone number, digits only, so an ambassador can call them: written
 * by them while a person was helping them, or noted by that person; empty when unknown
 */
public record Resident(String id, ChannelType channel, String channelUserId, Instant firstSeenAt,
		ResidentSession session, @Nullable String groupCode, boolean groupAsked, @Nullable String phone) {

	public Resident {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(channel, "channel");
		Objects.requireNonNull(channelUserId, "channelUserId");
		Objects.requireNonNull(session, "session");
	}

	public Resident withSession(ResidentSession session) {
		return new Resident(this.id, this.channel, this.channelUserId, this.firstSeenAt, session, this.groupCode,
				this.groupAsked || session.awaitingGroup(), this.phone);
	}

	public Resident withGroup(String groupCode) {
		return new Resident(this.id, this.channel, this.channelUserId, this.firstSeenAt, this.session, groupCode, true,
				this.phone);
	}

	/** Without the phone number, so a resident logged by mistake does not leak it. */
	@Override
	public String toString() {
		return "Resident[id=" + this.id + ", channel=" + this.channel.id() + ", groupCode=" + this.groupCode
				+ ", phone=" + ((this.phone != null) ? "[số điện thoại]" : "none") + "]";
	}

	/** The same resident with this phone number, or none. */
	public Resident withPhone(@Nullable String phone) {
		return new Resident(this.id, this.channel, this.channelUserId, this.firstSeenAt, this.session, this.groupCode,
				this.groupAsked, phone);
	}

}

package vn.hocvuso.helpdesk.classes;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import vn.hocvuso.helpdesk.shared.ChannelType;

/**
 * Someone on a class's list: a resident who signed up by chat, or a walk-in the teaching
 * ambassador added on the day.
 *
 * @param id the entry's id
 * @param classId the class
 * @param residentId the resident who signed up; {@code null} for a walk-in
 * @param channel the channel they signed up on; {@code null} for a walk-in
 * @param channelUserId their id on that channel; {@code null} for a walk-in
 * @param groupCode their residential group when they signed up, if known
 * @param name a walk-in's name, sealed; {@code null} for a sign-up
 * @param phone a walk-in's phone number, sealed, if given
 * @param present whether the teaching ambassador ticked them as there
 * @param at when they signed up or were added
 * @param reminder what became of the reminder the day before: {@value #REMINDED} (sent on
 * their channel), {@value #TO_CALL} (their channel would not carry it free: the
 * ambassador phones them), {@code null} before
 */
public record Attendee(String id, String classId, @Nullable String residentId, @Nullable ChannelType channel,
		@Nullable String channelUserId, @Nullable String groupCode, @Nullable String name, @Nullable String phone,
		boolean present, Instant at, @Nullable String reminder) {

	public static final String REMINDED = "sent", TO_CALL = "call";

	public boolean walkIn() {
		return this.residentId == null;
	}

	/** A resident signing up by chat. */
	public static Attendee signUp(String classId, String residentId, ChannelType channel, String channelUserId,
			@Nullable String groupCode, Instant at) {
		return new Attendee(classId + "|" + residentId, classId, residentId, channel, channelUserId, groupCode, null,
				null, false, at, null);
	}

}

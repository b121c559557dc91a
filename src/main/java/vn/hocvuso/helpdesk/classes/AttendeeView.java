package vn.hocvuso.helpdesk.classes;

import org.jspecify.annotations.Nullable;

/**
 * Someone on a class's list as the teaching ambassador sees it: a name to call out and a
 * phone number to reach them, when known.
 *
 * @param kind {@code signup} (by chat) or {@code walk-in} (added on the day)
 * @param channel where a sign-up came from
 * @param reminder {@code sent}: reminded on their channel the day before; {@code call}:
 * their channel would not carry a reminder free, so the ambassador phones them
 */
record AttendeeView(String id, String kind, String name, @Nullable String phone, @Nullable String channel,
		@Nullable String groupCode, boolean present, @Nullable String reminder) {

}

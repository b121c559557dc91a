package vn.hocvuso.helpdesk.classes;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One class on the ward's schedule.
 *
 * @param id the class's id
 * @param title what it teaches, in the residents' words
 * @param topics the library's topics it covers (may be empty)
 * @param groupCodes the residential groups it is for; empty for the whole ward
 * @param place where it is held
 * @param startsAt when it starts
 * @param endsAt when it ends
 * @param capacity how many residents may sign up
 * @param seatsLeft how many places are still free
 * @param teacher the username of the ambassador who teaches, if one is named
 * @param createdBy who put it on the schedule
 */
public record WardClass(String id, String title, List<String> topics, List<String> groupCodes, String place,
		Instant startsAt, Instant endsAt, int capacity, int seatsLeft, @Nullable String teacher, String createdBy) {

	public WardClass {
		topics = List.copyOf(topics);
		groupCodes = List.copyOf(groupCodes);
	}

	/** Whether the class is for the whole ward rather than some groups. */
	public boolean wardWide() {
		return this.groupCodes.isEmpty();
	}

	/** Whether a resident of this group (or of none known) may come. */
	public boolean openTo(@Nullable String groupCode) {
		return wardWide() || (groupCode != null && this.groupCodes.contains(groupCode));
	}

	public boolean full() {
		return this.seatsLeft <= 0;
	}

	/** The same class after an edit, with the seats left worked out from the sign-ups. */
	WardClass edited(ClassRequest request, int signedUp) {
		return new WardClass(this.id, request.title(), request.topics(), request.groupCodes(), request.place(),
				request.startsAt(), request.endsAt(), request.capacity(), Math.max(0, request.capacity() - signedUp),
				request.teacher(), this.createdBy);
	}

}

package vn.hocvuso.helpdesk.classes;

import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A class as the API shows it: times in Vietnam time with their offset, and when it is in
 * words ({@code "tối thứ Tư 10/12, 19 giờ 30"}).
 */
record ClassView(String id, String title, List<String> topics, List<String> groupCodes, String place,
		OffsetDateTime startsAt, OffsetDateTime endsAt, int capacity, int seatsLeft, @Nullable String teacher,
		String createdBy, String when) {

	static ClassView of(WardClass c) {
		return new ClassView(c.id(), c.title(), c.topics(), c.groupCodes(), c.place(),
				c.startsAt().atZone(ClassTimes.VIETNAM).toOffsetDateTime(),
				c.endsAt().atZone(ClassTimes.VIETNAM).toOffsetDateTime(), c.capacity(), c.seatsLeft(), c.teacher(),
				c.createdBy(), ClassTimes.when(c));
	}

}

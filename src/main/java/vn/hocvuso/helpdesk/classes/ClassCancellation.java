package vn.hocvuso.helpdesk.classes;

import java.time.Clock;
import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * Cancels a class without leaving anyone to come for nothing: each resident who signed up
 * is told through their channel where it carries the message free; the others are
 * returned, for the person who cancelled to phone.
 */
@Service
class ClassCancellation {

	private final ClassStore store;

	private final ClassAttendance attendance;

	private final FreeMessages messages;

	private final Clock clock;

	ClassCancellation(ClassStore store, ClassAttendance attendance, FreeMessages messages, Clock clock) {
		this.store = store;
		this.attendance = attendance;
		this.messages = messages;
		this.clock = clock;
	}

	/** Cancels the class; the sign-ups to phone (empty when it was cancelled already). */
	Mono<List<AttendeeView>> cancel(WardClass wardClass, String by) {
		return this.store.cancel(wardClass.id(), by, this.clock.instant())
			.flatMapMany((cancelled) -> cancelled ? this.store.attendees(wardClass.id()) : Flux.empty())
			.filter((attendee) -> !attendee.walkIn() && wardClass.startsAt().isAfter(this.clock.instant()))
			.concatMap((signUp) -> this.messages.send(signUp, "cancelled:" + signUp.id(), notice(wardClass))
				.filter((sent) -> !sent)
				.flatMap((notSent) -> this.attendance.view(signUp)))
			.collectList();
	}

	static String notice(WardClass wardClass) {
		return "Dạ, cháu báo bác: lớp «" + wardClass.title() + "», " + ClassTimes.whenAndWhere(wardClass)
				+ " đã hủy, bác không cần đến ạ. Bác hỏi «lịch học» để xem và đăng ký lớp khác nhé.";
	}

}

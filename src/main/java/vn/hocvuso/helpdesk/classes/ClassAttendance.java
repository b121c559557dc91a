package vn.hocvuso.helpdesk.classes;

import java.time.Clock;

import org.bson.types.ObjectId;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

import vn.hocvuso.helpdesk.residents.Contact;
import vn.hocvuso.helpdesk.residents.ResidentDirectory;
import vn.hocvuso.helpdesk.shared.ChannelType;
import vn.hocvuso.helpdesk.shared.PersonalDataCipher;

/**
 * A class's list for the teaching ambassador: who signed up (with the name they show on
 * their channel and their phone number, when known) and the walk-ins, each with a tick
 * for being there. A walk-in's name and phone number are kept sealed.
 */
@Service
class ClassAttendance {

	static final int MAX_NAME = 80;

	private final ClassStore store;

	private final ResidentDirectory residents;

	private final PersonalDataCipher cipher;

	private final Clock clock;

	ClassAttendance(ClassStore store, ResidentDirectory residents, PersonalDataCipher cipher, Clock clock) {
		this.store = store;
		this.residents = residents;
		this.cipher = cipher;
		this.clock = clock;
	}

	Flux<AttendeeView> list(String classId) {
		return this.store.attendees(classId).concatMap(this::view);
	}

	Mono<Boolean> mark(String classId, String attendeeId, boolean present) {
		return this.store.mark(classId, attendeeId, present);
	}

	/** Adds someone who came without signing up, ticked as there. */
	Mono<AttendeeView> addWalkIn(String classId, @Nullable String name, @Nullable String phone) {
		String stripped = (name == null) ? "" : name.strip();
		if (stripped.isEmpty() || stripped.length() > MAX_NAME || stripped.chars().anyMatch(Character::isISOControl)) {
			return Mono
				.error(ClassProblem.badRequest("'name' (tên người đến học) cần có, tối đa " + MAX_NAME + " ký tự."));
		}
		String digits = (phone == null) ? "" : phone.replaceAll("[\\s.()-]", "").replaceFirst("^\\+84", "0");
		if (!digits.isEmpty() && !digits.matches("0\\d{9,10}")) {
			return Mono.error(ClassProblem
				.badRequest("'phone' phải là số điện thoại Việt Nam, ví dụ 0912 345 678, hoặc để trống."));
		}
		Attendee walkIn = new Attendee(classId + "|walk-in:" + new ObjectId().toHexString(), classId, null, null, null,
				null, this.cipher.seal(stripped), digits.isEmpty() ? null : this.cipher.seal(digits), true,
				this.clock.instant(), null);
		return this.store.addWalkIn(walkIn).flatMap(this::view);
	}

	Mono<AttendeeView> view(Attendee attendee) {
		if (attendee.walkIn()) {
			String phone = attendee.phone();
			return Mono.just(new AttendeeView(attendee.id(), "walk-in", open(attendee.name()),
					(phone != null) ? open(phone) : null, null, null, attendee.present(), null));
		}
		ChannelType channel = (attendee.channel() != null) ? attendee.channel() : ChannelType.WEBCHAT;
		return this.residents.contact(attendee.residentId())
			.defaultIfEmpty(Contact.UNKNOWN)
			.map((contact) -> new AttendeeView(attendee.id(), "signup",
					(contact.displayName() != null) ? contact.displayName() : "Người dân (" + channel.label() + ")",
					contact.phone(), channel.id(), attendee.groupCode(), attendee.present(), attendee.reminder()));
	}

	private String open(@Nullable String sealed) {
		return (sealed == null) ? "" : this.cipher.open(sealed);
	}

}

package vn.hocvuso.helpdesk.classes;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import vn.hocvuso.helpdesk.shared.Periodically;

/**
 * Reminds residents of the class they signed up for, the day before. The reminder goes
 * through the resident's channel only where the channel carries it free: as an answer to
 * their last message inside its reply window (Zalo's free 48 hours unless staff allowed
 * paid replies, Messenger's 24 hours), any time on Telegram and the web chat. The others
 * go on the class's list as "to call", for the ambassador to phone. A sign-up made less
 * than a day before the class gets no reminder: they have just been told. Each reminder's
 * reply id is fixed, so two instances, or a run after a crash, send it once.
 */
@Component
class ClassReminders implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ClassReminders.class);

	/** Classes starting sooner than this are not reminded of any more. */
	static final Duration TOO_LATE = Duration.ofHours(1);

	private static final int CLASSES_READ = 500;

	private final ClassStore store;

	private final FreeMessages messages;

	private final ClassesProperties properties;

	private final Clock clock;

	private final Periodically checks;

	ClassReminders(ClassStore store, FreeMessages messages, ClassesProperties properties, Clock clock) {
		this.store = store;
		this.messages = messages;
		this.properties = properties;
		this.clock = clock;
		this.checks = new Periodically(properties.reminderCheck(), properties.reminderCheck(), this::remindDue, log,
				"Reminding residents of their classes failed");
	}

	/**
	 * Reminds every sign-up whose reminder is due; how many were reminded or listed to
	 * call.
	 */
	Mono<Long> remindDue() {
		Instant now = this.clock.instant();
		return this.store.starting(now.plus(TOO_LATE), now.plus(this.properties.remindBefore()), CLASSES_READ)
			.concatMap((wardClass) -> this.store.attendees(wardClass.id())
				.filter((attendee) -> !attendee.walkIn() && attendee.reminder() == null
						&& attendee.at().isBefore(wardClass.startsAt().minus(this.properties.remindBefore())))
				.concatMap((attendee) -> remind(wardClass, attendee)))
			.count();
	}

	private Mono<String> remind(WardClass wardClass, Attendee attendee) {
		return this.messages.send(attendee, "reminder:" + attendee.id(), reminder(wardClass))
			.map((sent) -> sent ? Attendee.REMINDED : Attendee.TO_CALL)
			.flatMap((outcome) -> this.store.reminded(attendee.id(), outcome).thenReturn(outcome))
			.onErrorResume((error) -> {
				log.warn("Reminder of sign-up {} not sent; tried again at the next check", attendee.id(), error);
				return Mono.empty();
			});
	}

	static String reminder(WardClass wardClass) {
		return "Dạ, cháu nhắc bác lớp bác đã đăng ký: «" + wardClass.title() + "», "
				+ ClassTimes.whenAndWhere(wardClass)
				+ ". Bác mang điện thoại đã sạc pin và thẻ căn cước nhé. Nếu bận, bác nhắn «hủy đăng ký» ạ.";
	}

	@Override
	public void start() {
		this.checks.start();
	}

	@Override
	public void stop() {
		this.checks.stop();
	}

	@Override
	public boolean isRunning() {
		return this.checks.isRunning();
	}

}

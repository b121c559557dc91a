package vn.hocvuso.helpdesk.classes;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;

import org.bson.types.ObjectId;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.hocvuso.helpdesk.wards.WardDirectory;

/**
 * The class schedule's API, for staff (every class) and ambassadors (their groups'
 * classes): plan, list, change and cancel classes; see who signed up and tick who came.
 */
@RestController
class ClassController {

	/** At most this many classes in one list. */
	static final int MAX_LISTED = 500;

	private final ClassStore store;

	private final ClassAttendance attendance;

	private final WardDirectory ward;

	private final ClassSchedule schedule;

	private final ClassCancellation cancellation;

	private final Clock clock;

	ClassController(ClassStore store, ClassAttendance attendance, WardDirectory ward, ClassSchedule schedule,
			ClassCancellation cancellation, Clock clock) {
		this.store = store;
		this.cancellation = cancellation;
		this.schedule = schedule;
		this.attendance = attendance;
		this.ward = ward;
		this.clock = clock;
	}

	@PostMapping(path = "/api/v1/classes", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<ResponseEntity<ClassView>> create(@RequestBody ClassRequest.Form form, Authentication authentication) {
		return this.ward.ward().flatMap((ward) -> {
			ClassRequest request = form.check(ward);
			Organiser organiser = Organiser.of(authentication, ward);
			WardClass planned = new WardClass(new ObjectId().toHexString(), request.title(), request.topics(),
					request.groupCodes(), request.place(), request.startsAt(), request.endsAt(), request.capacity(),
					request.capacity(), request.teacher(), organiser.username());
			return organiser.check(organiser.mayPlanFor(request.groupCodes()), this.store.insert(planned));
		})
			.map((created) -> ResponseEntity.created(URI.create("/api/v1/classes/" + created.id()))
				.body(ClassView.of(created)));
	}

	@GetMapping(path = "/api/v1/classes", produces = MediaType.APPLICATION_JSON_VALUE)
	Flux<ClassView> list(@RequestParam(required = false) @Nullable String group,
			@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to) {
		LocalDate today = LocalDate.now(this.clock.withZone(ClassTimes.VIETNAM));
		LocalDate first = day(from, "from", today);
		LocalDate last = day(to, "to", first.plusDays(ClassSchedule.AHEAD.toDays()));
		if (last.isBefore(first) || last.isAfter(first.plusYears(1))) {
			throw ClassProblem.badRequest("'to' phải từ 'from' trở đi, cách nhau không quá một năm.");
		}
		String groupCode = (group == null || group.isBlank()) ? null : group.strip();
		return this.store.starting(start(first), start(last.plusDays(1)), MAX_LISTED)
			.filter((wardClass) -> groupCode == null || wardClass.openTo(groupCode))
			.map(ClassView::of);
	}

	/**
	 * What a month's classes add up to, for the ward and each group
	 * ({@code month=2026-12}).
	 */
	@GetMapping(path = "/api/v1/classes/figures", produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<ClassFigures> figures(@RequestParam(required = false) @Nullable String month) {
		YearMonth asked;
		try {
			asked = (month == null || month.isBlank()) ? YearMonth.now(this.clock.withZone(ClassTimes.VIETNAM))
					: YearMonth.parse(month.strip());
		}
		catch (DateTimeParseException ex) {
			throw ClassProblem.badRequest("'month' phải là tháng dạng YYYY-MM, ví dụ 2026-12.");
		}
		return this.schedule.figures(asked);
	}

	@GetMapping(path = "/api/v1/classes/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<ClassView> one(@PathVariable String id) {
		return found(id).map(ClassView::of);
	}

	@PutMapping(path = "/api/v1/classes/{id}", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<ClassView> change(@PathVariable String id, @RequestBody ClassRequest.Form form,
			Authentication authentication) {
		return this.ward.ward().flatMap((ward) -> {
			ClassRequest request = form.check(ward);
			Organiser organiser = Organiser.of(authentication, ward);
			return found(id).flatMap((wardClass) -> organiser.check(
					organiser.mayManage(wardClass) && organiser.mayPlanFor(request.groupCodes()),
					this.store.replace(wardClass, request)));
		}).map(ClassView::of);
	}

	/**
	 * Cancels a class: its sign-ups are told where their channel carries it free; the
	 * answer lists those to phone.
	 */
	@DeleteMapping(path = "/api/v1/classes/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<Map<String, Object>> cancel(@PathVariable String id, Authentication authentication) {
		return managed(id, authentication)
			.flatMap((wardClass) -> this.cancellation.cancel(wardClass, authentication.getName()))
			.map((toCall) -> Map.of("id", id, "toCall", toCall));
	}

	@GetMapping(path = "/api/v1/classes/{id}/attendees", produces = MediaType.APPLICATION_JSON_VALUE)
	Flux<AttendeeView> attendees(@PathVariable String id, Authentication authentication) {
		return managed(id, authentication).flatMapMany((wardClass) -> this.attendance.list(id));
	}

	@PutMapping(path = "/api/v1/classes/{id}/attendees/{attendeeId}", consumes = MediaType.APPLICATION_JSON_VALUE)
	Mono<Map<String, Object>> mark(@PathVariable String id, @PathVariable String attendeeId,
			@RequestBody Map<String, Object> body, Authentication authentication) {
		if (!(body.get("present") instanceof Boolean present)) {
			throw ClassProblem.badRequest("Cần 'present': true (có mặt) hoặc false (vắng).");
		}
		return managed(id, authentication).flatMap((wardClass) -> this.attendance.mark(id, attendeeId, present))
			.flatMap((marked) -> marked ? Mono.just(Map.<String, Object>of("id", attendeeId, "present", present))
					: Mono.error(new ClassProblem(HttpStatus.NOT_FOUND, "Không có người này trong danh sách lớp.")));
	}

	@PostMapping(path = "/api/v1/classes/{id}/attendees", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	Mono<AttendeeView> addWalkIn(@PathVariable String id, @RequestBody WalkIn walkIn, Authentication authentication) {
		return managed(id, authentication)
			.flatMap((wardClass) -> this.attendance.addWalkIn(id, walkIn.name(), walkIn.phone()));
	}

	private Mono<WardClass> found(String id) {
		return this.store.find(id).switchIfEmpty(Mono.error(ClassProblem::notFound));
	}

	/** The class, if the person may manage it: 404 or 403 problem otherwise. */
	private Mono<WardClass> managed(String id, Authentication authentication) {
		return this.ward.ward().flatMap((ward) -> found(id).flatMap((wardClass) -> {
			Organiser organiser = Organiser.of(authentication, ward);
			return organiser.check(organiser.mayManage(wardClass), Mono.just(wardClass));
		}));
	}

	private static LocalDate day(@Nullable String value, String name, LocalDate otherwise) {
		if (value == null || value.isBlank()) {
			return otherwise;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw ClassProblem.badRequest("'" + name + "' phải là ngày dạng YYYY-MM-DD.");
		}
	}

	private static Instant start(LocalDate day) {
		return day.atStartOfDay(ClassTimes.VIETNAM).toInstant();
	}

	record WalkIn(@Nullable String name, @Nullable String phone) {
	}

}

package vn.hocvuso.helpdesk.classes;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

import vn.hocvuso.helpdesk.residents.Resident;
import vn.hocvuso.helpdesk.wards.GroupMatcher;
import vn.hocvuso.helpdesk.wards.ResidentialGroup;
import vn.hocvuso.helpdesk.wards.WardDirectory;

/**
 * The schedule as the bot reads it for a resident: the next classes they may come to,
 * signing up and cancelling.
 */
@Service
public class ClassSchedule {

	/** How far ahead the bot looks for classes. */
	static final Duration AHEAD = Duration.ofDays(60);

	/** At most this many classes in a month are counted. */
	private static final int MONTH_MOST = 5_000;

	/** How many classes are read to find a resident's next ones. */
	private static final int READ = 100;

	private final ClassStore store;

	private final Clock clock;

	private final WardDirectory ward;

	ClassSchedule(ClassStore store, WardDirectory ward, Clock clock) {
		this.store = store;
		this.ward = ward;
		this.clock = clock;
	}

	/**
	 * The next classes for a resident who asks about classes: those of the group their
	 * message names ("lịch học tổ 5"), else of their own group.
	 */
	public Mono<List<WardClass>> nextFor(String message, @Nullable String groupCode, int limit) {
		return this.ward.ward()
			.map((ward) -> GroupMatcher.match(message, ward.groups()).map(ResidentialGroup::code))
			.defaultIfEmpty(Optional.empty())
			.flatMap((named) -> next(named.orElse(groupCode), limit));
	}

	/**
	 * The next classes a resident of this group may come to (their group's and the
	 * ward's), first first; every class when their group is not known.
	 */
	public Mono<List<WardClass>> next(@Nullable String groupCode, int limit) {
		Instant now = this.clock.instant();
		return this.store.starting(now, now.plus(AHEAD), READ)
			.filter((wardClass) -> groupCode == null || wardClass.openTo(groupCode))
			.take(limit)
			.collectList();
	}

	public Mono<WardClass> find(String classId) {
		return this.store.find(classId);
	}

	/** Puts the resident on the class's list if a seat is left. */
	public Mono<SignUpResult> signUp(WardClass wardClass, Resident resident) {
		if (!wardClass.startsAt().isAfter(this.clock.instant())) {
			return Mono.just(SignUpResult.FULL);
		}
		return this.store.signUp(Attendee.signUp(wardClass.id(), resident.id(), resident.channel(),
				resident.channelUserId(), resident.groupCode(), this.clock.instant()));
	}

	/** What the classes starting in this month (Vietnam time) add up to. */
	public Mono<ClassFigures> figures(YearMonth month) {
		Instant from = month.atDay(1).atStartOfDay(ClassTimes.VIETNAM).toInstant();
		Instant to = month.plusMonths(1).atDay(1).atStartOfDay(ClassTimes.VIETNAM).toInstant();
		return this.store.starting(from, to, MONTH_MOST)
			.concatMap((wardClass) -> this.store.attendees(wardClass.id())
				.collectList()
				.map((attendees) -> Map.entry(wardClass, attendees)))
			.collectMap(Map.Entry::getKey, Map.Entry::getValue, LinkedHashMap::new)
			.map((lists) -> ClassFigures.of(month, lists, this.clock.instant()));
	}

	/**
	 * Takes the resident off the list of the first class they signed up for that is still
	 * ahead.
	 */
	public Mono<Optional<WardClass>> cancelNext(String residentId) {
		Instant now = this.clock.instant();
		return this.store.signedUpFor(residentId)
			.concatMap(this.store::find)
			.filter((wardClass) -> wardClass.startsAt().isAfter(now))
			.sort((a, b) -> a.startsAt().compareTo(b.startsAt()))
			.next()
			.flatMap((wardClass) -> this.store.cancelSignUp(wardClass.id(), residentId).thenReturn(wardClass))
			.map(Optional::of)
			.defaultIfEmpty(Optional.empty());
	}

}

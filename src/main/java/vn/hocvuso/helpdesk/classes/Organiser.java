package vn.hocvuso.helpdesk.classes;

import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.security.core.Authentication;

import vn.hocvuso.helpdesk.wards.Ambassador;
import vn.hocvuso.helpdesk.wards.Ward;

/**
 * Who is working on the schedule, and what they may change: staff every class; an
 * ambassador the classes of their own groups (never a ward-wide one) and those they teach
 * or put on the schedule.
 */
record Organiser(String username, boolean staff, List<String> groupCodes) {

	Organiser {
		groupCodes = List.copyOf(groupCodes);
	}

	static Organiser of(Authentication authentication, Ward ward) {
		boolean staff = authentication.getAuthorities()
			.stream()
			.anyMatch((authority) -> "ROLE_STAFF".equals(authority.getAuthority()));
		String username = authentication.getName();
		return new Organiser(username, staff, ward.ambassador(username).map(Ambassador::groupCodes).orElse(List.of()));
	}

	/** Whether they may put a class for these groups on the schedule. */
	boolean mayPlanFor(List<String> groups) {
		return this.staff || (!groups.isEmpty() && this.groupCodes.containsAll(groups));
	}

	/** Whether they may change or cancel the class and take its attendance. */
	boolean mayManage(WardClass wardClass) {
		return this.staff || this.username.equals(wardClass.teacher()) || this.username.equals(wardClass.createdBy())
				|| mayPlanFor(wardClass.groupCodes());
	}

	<T> Mono<T> check(boolean allowed, Mono<T> then) {
		return allowed ? then : Mono.error(ClassProblem.forbidden());
	}

}

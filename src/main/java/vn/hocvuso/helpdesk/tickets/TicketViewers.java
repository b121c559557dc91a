package vn.hocvuso.helpdesk.tickets;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import vn.hocvuso.helpdesk.wards.Ambassador;
import vn.hocvuso.helpdesk.wards.WardDirectory;

/**
 * Who is looking at tickets (staff, or an ambassador with their groups), and the one
 * check of what they may see: a ticket outside their scope is refused and the refusal
 * logged.
 */
@Component
public class TicketViewers {

	private static final Logger log = LoggerFactory.getLogger(TicketViewers.class);

	private final WardDirectory ward;

	private final TicketStore store;

	TicketViewers(WardDirectory ward, TicketStore store) {
		this.ward = ward;
		this.store = store;
	}

	/** Who is asking: staff, or an ambassador with their groups. */
	public Mono<Viewer> viewer(Authentication authentication) {
		boolean staff = authentication.getAuthorities()
			.stream()
			.anyMatch((authority) -> "ROLE_STAFF".equals(authority.getAuthority()));
		String username = authentication.getName();
		return this.ward.ward()
			.map((ward) -> new Viewer(username, staff,
					ward.ambassador(username).map(Ambassador::groupCodes).orElse(List.of())));
	}

	/** One ticket, if the viewer may see it: 404 or 403 problem otherwise. */
	Mono<Ticket> visible(Viewer viewer, String id) {
		return this.store.find(id).switchIfEmpty(Mono.error(TicketProblem::notFound)).flatMap((ticket) -> {
			if (!viewer.canSee(ticket)) {
				log.warn("Refused ticket {} to '{}': outside their groups", id, viewer.username());
				return Mono.error(TicketProblem.forbidden());
			}
			return Mono.just(ticket);
		});
	}

}

package vn.hocvuso.helpdesk.inbox;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import vn.hocvuso.helpdesk.shared.ChannelType;

/**
 * The messages set aside after every attempt to process them failed (the dead letter),
 * for staff ({@code /staff/set-aside.html}). The sender was already handed to a person;
 * staff may retry one ("thử lại", for example after a fix: it is processed again within a
 * sweep, and never opens a second case for the same message) or dismiss it ("bỏ qua",
 * which also removes the message's body). The message's text is never shown: reading it
 * is what failed, and it may hold personal data.
 */
@RestController
@RequestMapping(path = "/api/v1/inbox/set-aside", produces = MediaType.APPLICATION_JSON_VALUE)
class SetAsideController {

	static final int LIMIT = 200;

	private static final Logger log = LoggerFactory.getLogger(SetAsideController.class);

	private final InboxStore store;

	private final Clock clock;

	SetAsideController(InboxStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	@GetMapping
	Mono<List<SetAsideEvent>> setAside() {
		return this.store.setAside(LIMIT).map(SetAsideEvent::of).collectList();
	}

	@PostMapping("/{id}/retry")
	Mono<Decision> retry(@PathVariable String id, Principal who) {
		return decide(id, InboxStore.ACCEPTED, Updates.combine(Updates.set("status", InboxStore.ACCEPTED),
				Updates.set("attempts", 0), Updates.set("note", "retry asked by " + who.getName())), who);
	}

	@PostMapping("/{id}/dismiss")
	Mono<Decision> dismiss(@PathVariable String id, Principal who) {
		return decide(id, InboxStore.DISMISSED,
				Updates.combine(Updates.set("status", InboxStore.DISMISSED),
						Updates.set("note", "dismissed by " + who.getName()), Updates.unset("payload"),
						Updates.set("dismissedAt", Date.from(this.clock.instant()))),
				who);
	}

	private Mono<Decision> decide(String id, String status, Bson update, Principal who) {
		return this.store.leaveSetAside(id, update).map((moved) -> {
			if (!moved) {
				throw new ResponseStatusException(HttpStatus.NOT_FOUND,
						"Không có tin nhắn nào đang để riêng với mã này; có thể người khác vừa thử lại hoặc bỏ qua.");
			}
			log.info("Set-aside inbound event {} is now {} ({})", id, status, who.getName());
			return new Decision(id, status);
		});
	}

	/**
	 * One message set aside.
	 *
	 * @param id the channel and the provider's id of the event
	 * @param reason the kind of error of the last attempt
	 */
	record SetAsideEvent(String id, String channel, String channelName, Instant receivedAt, int attempts,
			String reason) {

		static SetAsideEvent of(Document event) {
			ChannelType channel = ChannelType.fromId(event.getString("channel"));
			return new SetAsideEvent(event.getString("_id"), channel.id(), channel.label(),
					event.getDate("receivedAt").toInstant(), event.getInteger("attempts", 0),
					String.valueOf(event.getString("note")));
		}

	}

	/**
	 * What became of a message set aside: ACCEPTED (it will be processed) or DISMISSED.
	 */
	record Decision(String id, String status) {
	}

}

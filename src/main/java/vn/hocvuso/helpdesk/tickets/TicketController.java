package vn.hocvuso.helpdesk.tickets;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import org.bson.types.ObjectId;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.hocvuso.helpdesk.delivery.ReplyDelivery;
import vn.hocvuso.helpdesk.knowledge.Article;
import vn.hocvuso.helpdesk.knowledge.store.KnowledgeBase;
import vn.hocvuso.helpdesk.wards.Ambassador;
import vn.hocvuso.helpdesk.wards.ResidentialGroup;
import vn.hocvuso.helpdesk.wards.WardDirectory;

/**
 * The tickets API, used by the console pages (session) and integrations (HTTP Basic).
 * Ambassadors reach only tickets in their scope; anything else is 403 problem+json.
 */
@RestController
class TicketController {

	private final ConsoleActions actions;

	private final TicketViewers viewers;

	private final TicketQueries queries;

	private final TicketEvents events;

	private final PhoneBook phones;

	private final ReplyDelivery delivery;

	private final WardDirectory ward;

	private final KnowledgeBase knowledgeBase;

	TicketController(ConsoleActions actions, TicketViewers viewers, TicketQueries queries, TicketEvents events,
			PhoneBook phones, ReplyDelivery delivery, WardDirectory ward, KnowledgeBase knowledgeBase) {
		this.actions = actions;
		this.viewers = viewers;
		this.queries = queries;
		this.events = events;
		this.phones = phones;
		this.delivery = delivery;
		this.ward = ward;
		this.knowledgeBase = knowledgeBase;
	}

	/** Who is signed in, with the groups they look after. */
	@GetMapping("/api/v1/me")
	Mono<Map<String, Object>> me(Authentication authentication) {
		return this.viewers.viewer(authentication).zipWith(this.ward.ward(), (viewer, ward) -> {
			List<ResidentialGroup> groups = viewer.staff() ? ward.groups()
					: ward.groups().stream().filter((group) -> viewer.groupCodes().contains(group.code())).toList();
			String name = ward.ambassador(viewer.username()).map(Ambassador::name).orElse(viewer.username());
			return Map.of("username", viewer.username(), "name", name, "staff", viewer.staff(), "groups", groups,
					"allGroups", ward.groups());
		});
	}

	/** The quick guides' short answers, to start a reply from. */
	@GetMapping("/api/v1/answers")
	List<Map<String, String>> answers() {
		return this.knowledgeBase.current()
			.articles()
			.values()
			.stream()
			.sorted(Comparator.comparing(Article::title))
			.map((article) -> Map.of("topic", article.id(), "title", article.title(), "shortAnswer",
					article.shortAnswer()))
			.toList();
	}

	@GetMapping("/api/v1/tickets")
	Flux<TicketApi.Summary> list(Authentication authentication, @RequestParam(defaultValue = "open") String state) {
		if (!state.equals("open") && !state.equals("resolved")) {
			return Flux.error(new TicketProblem(HttpStatus.BAD_REQUEST,
					"'state' chỉ nhận 'open' (đang mở) hoặc 'resolved' (đã xong)."));
		}
		return this.viewers.viewer(authentication)
			.flatMapMany(
					(viewer) -> state.equals("open") ? this.queries.queue(viewer) : this.queries.resolved(viewer, 50))
			.map(TicketApi.Summary::of);
	}

	@GetMapping(path = "/api/v1/tickets/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	Flux<ServerSentEvent<Object>> events(Authentication authentication) {
		return this.viewers.viewer(authentication).flatMapMany(this.events::stream);
	}

	@GetMapping("/api/v1/tickets/{id}")
	Mono<TicketApi.Detail> get(Authentication authentication, @PathVariable String id) {
		return this.viewers.viewer(authentication)
			.flatMap((viewer) -> this.viewers.visible(viewer, validId(id)).flatMap((ticket) -> detail(viewer, ticket)));
	}

	@PostMapping("/api/v1/tickets/{id}/claim")
	Mono<TicketApi.Detail> claim(Authentication authentication, @PathVariable String id) {
		return act(authentication, id, this.actions::claim);
	}

	@PostMapping("/api/v1/tickets/{id}/release")
	Mono<TicketApi.Detail> release(Authentication authentication, @PathVariable String id) {
		return act(authentication, id, this.actions::release);
	}

	@PostMapping(path = "/api/v1/tickets/{id}/replies", consumes = MediaType.APPLICATION_JSON_VALUE)
	Mono<TicketApi.Detail> reply(Authentication authentication, @PathVariable String id,
			@RequestBody TicketApi.ReplyRequest request) {
		String text = (request.text() != null) ? request.text() : "";
		return act(authentication, id, (viewer, ticketId) -> this.actions.reply(viewer, ticketId, text));
	}

	@PostMapping(path = "/api/v1/tickets/{id}/resolve", consumes = MediaType.APPLICATION_JSON_VALUE)
	Mono<TicketApi.Detail> resolve(Authentication authentication, @PathVariable String id,
			@RequestBody TicketApi.ResolveRequest request) {
		String note = (request.note() != null) ? request.note() : "";
		return act(authentication, id, (viewer, ticketId) -> this.actions.resolve(viewer, ticketId, note));
	}

	@PutMapping(path = "/api/v1/tickets/{id}/group", consumes = MediaType.APPLICATION_JSON_VALUE)
	Mono<TicketApi.Detail> changeGroup(Authentication authentication, @PathVariable String id,
			@RequestBody TicketApi.GroupRequest request) {
		String code = (request.groupCode() != null) ? request.groupCode() : "";
		return act(authentication, id, (viewer, ticketId) -> this.actions.changeGroup(viewer, ticketId, code));
	}

	/** Records or corrects the resident's phone number; an empty one removes it. */
	@PutMapping(path = "/api/v1/tickets/{id}/phone", consumes = MediaType.APPLICATION_JSON_VALUE)
	Mono<TicketApi.Detail> changePhone(Authentication authentication, @PathVariable String id,
			@RequestBody TicketApi.PhoneRequest request) {
		return act(authentication, id, (viewer, ticketId) -> this.phones.record(viewer, ticketId, request.phone()));
	}

	private Mono<TicketApi.Detail> act(Authentication authentication, String id,
			BiFunction<Viewer, String, Mono<Ticket>> action) {
		return this.viewers.viewer(authentication)
			.flatMap((viewer) -> action.apply(viewer, validId(id)).flatMap((ticket) -> detail(viewer, ticket)));
	}

	private Mono<TicketApi.Detail> detail(Viewer viewer, Ticket ticket) {
		return Flux.fromIterable(ticket.conversation())
			.concatMap((entry) -> ((entry.replyId() != null) ? this.delivery.status(entry.replyId()).map(Enum::name)
					: Mono.<String>empty())
				.map(Optional::of)
				.defaultIfEmpty(Optional.empty())
				.map((delivery) -> new TicketApi.Message(entry.at(), entry.author().name(), entry.text(), entry.by(),
						delivery.orElse(null))))
			.collectList()
			.zipWith(this.phones.of(ticket), (messages, contact) -> new TicketApi.Detail(TicketApi.Summary.of(ticket),
					viewer.username().equals(ticket.claimedBy()), messages, ticket.guesses(), ticket.attachmentUrls(),
					ticket.outcomeNote(), ticket.feedback(), ticket.resolvedAt(), contact.phone(),
					contact.displayName(), messages.stream().anyMatch(TicketApi.Message::undelivered)));
	}

	private static String validId(String id) {
		if (!ObjectId.isValid(id)) {
			throw TicketProblem.notFound();
		}
		return id;
	}

}

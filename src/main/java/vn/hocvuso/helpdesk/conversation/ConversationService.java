package vn.hocvuso.helpdesk.conversation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.bson.types.ObjectId;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

import vn.hocvuso.helpdesk.cases.CaseStore;
import vn.hocvuso.helpdesk.cases.CaseStatus;
import vn.hocvuso.helpdesk.cases.SupportCase;
import vn.hocvuso.helpdesk.delivery.Reply;
import vn.hocvuso.helpdesk.delivery.ReplyDelivery;
import vn.hocvuso.helpdesk.knowledge.Library;
import vn.hocvuso.helpdesk.knowledge.SystemIntents;
import vn.hocvuso.helpdesk.knowledge.store.KnowledgeBase;
import vn.hocvuso.helpdesk.metrics.MeterNames;
import vn.hocvuso.helpdesk.nlu.Decision;
import vn.hocvuso.helpdesk.nlu.Understanding;
import vn.hocvuso.helpdesk.nlu.UnderstandingService;
import vn.hocvuso.helpdesk.residents.Resident;
import vn.hocvuso.helpdesk.residents.ResidentDirectory;
import vn.hocvuso.helpdesk.residents.ResidentSession;
import vn.hocvuso.helpdesk.shared.ChannelType;
import vn.hocvuso.helpdesk.text.PhoneNumbers;
import vn.hocvuso.helpdesk.text.Redactor;
import vn.hocvuso.helpdesk.text.VietnameseNormalizer;
import vn.hocvuso.helpdesk.tickets.NewTicket;
import vn.hocvuso.helpdesk.tickets.Ticket;
import vn.hocvuso.helpdesk.tickets.TicketService;
import vn.hocvuso.helpdesk.tickets.TicketState;
import vn.hocvuso.helpdesk.wards.GroupMatcher;
import vn.hocvuso.helpdesk.wards.ResidentialGroup;
import vn.hocvuso.helpdesk.wards.Ward;
import vn.hocvuso.helpdesk.wards.WardDirectory;

/**
 * One turn of a conversation: find the resident, understand the message, decide, store
 * the support case with its reply, and deliver the reply through the resident's channel.
 * A message seen before gets its earlier case and reply back, and nothing is sent twice.
 */
@Service
public class ConversationService {

	static final String THANKS_HELPFUL = "Dạ, cháu cảm ơn bác đã cho biết! Bác cần gì cứ nhắn cháu nhé.";

	static final String THANKS_NOT_HELPFUL = "Dạ, cháu xin lỗi vì chưa giúp được bác. Bác nhắn lại câu hỏi, cháu sẽ chuyển "
			+ "Đại sứ số hỗ trợ tiếp ạ.";

	static final String ASK_GROUP = "Để chuyển đúng người, bác ở tổ dân phố nào ạ? Bác bấm chọn hoặc gõ số tổ, ví dụ «tổ 5».";

	static final String GROUP_NOTED = "Dạ, cháu đã ghi nhận bác ở %s. Đại sứ số của tổ sẽ nhắn bác sớm ạ.";

	private static final int MAX_GROUP_BUTTONS = 10;

	/** Below this the model is only guessing; the ticket page shows no such guess. */
	private static final double MIN_GUESS_CONFIDENCE = 0.05;

	private final ResidentDirectory residents;

	private final UnderstandingService understanding;

	private final KnowledgeBase knowledgeBase;

	private final CaseStore cases;

	private final ReplyDelivery delivery;

	private final ReplyComposer composer;

	private final ChoiceMatcher choices;

	private final Redactor redactor = new Redactor();

	private final MeterRegistry meters;

	private final Clock clock;

	private final TicketService tickets;

	private final WardDirectory ward;

	ConversationService(ResidentDirectory residents, UnderstandingService understanding, KnowledgeBase knowledgeBase,
			CaseStore cases, ReplyDelivery delivery, ConversationProperties properties, VietnameseNormalizer normalizer,
			MeterRegistry meters, Clock clock, TicketService tickets, WardDirectory ward) {
		this.tickets = tickets;
		this.ward = ward;
		this.residents = residents;
		this.understanding = understanding;
		this.knowledgeBase = knowledgeBase;
		this.cases = cases;
		this.delivery = delivery;
		this.composer = new ReplyComposer(properties.popularTopics());
		this.choices = new ChoiceMatcher(normalizer);
		this.meters = meters;
		this.clock = clock;
	}

	public Mono<TurnResult> handle(InboundMessage message) {
		this.meters.counter(MeterNames.MESSAGES_RECEIVED, MeterNames.CHANNEL, message.channel().id()).increment();
		Timer.Sample started = Timer.start(this.meters);
		return this.residents.identify(message.channel(), message.channelUserId())
			.flatMap((resident) -> respond(resident, message))
			.doOnNext((turn) -> started.stop(this.meters.timer(MeterNames.PIPELINE_DURATION, MeterNames.CHANNEL,
					message.channel().id(), MeterNames.DECISION, String.valueOf(turn.supportCase().decision()))));
	}

	/**
	 * Greets a resident who has just followed the ward's account, with buttons for the
	 * most asked topics.
	 */
	public Mono<Reply> welcome(ChannelType channel, String channelUserId) {
		return this.residents.identify(channel, channelUserId).flatMap((resident) -> {
			ReplyComposer.Composed greeting = this.composer.welcome(this.knowledgeBase.current());
			Reply reply = new Reply(new ObjectId().toHexString(), channel, channelUserId, null, greeting.text(),
					greeting.quickReplies());
			return this.delivery.enqueue(reply).thenReturn(reply);
		});
	}

	/**
	 * Notes that the resident stopped following the ward's account; replies to them will
	 * be refused.
	 */
	public Mono<Void> unfollowed(ChannelType channel, String channelUserId) {
		return this.residents.markUnfollowed(channel, channelUserId);
	}

	private Mono<TurnResult> respond(Resident resident, InboundMessage message) {
		return Mono
			.zip(this.tickets.current(resident.id()).map(Optional::of).defaultIfEmpty(Optional.empty()),
					this.ward.ward())
			.flatMap((found) -> respond(resident, message, found.getT1().orElse(null), found.getT2()));
	}

	private Mono<TurnResult> respond(Resident resident, InboundMessage message, @Nullable Ticket ticket, Ward ward) {
		Understanding understood = this.meters.timer(MeterNames.CLASSIFICATION_DURATION)
			.record(() -> this.understanding.understand(message.text()));
		Turn turn = turn(resident, message, understood, ticket, ward);
		Plan plan = turn.plan();
		SupportCase supportCase = SupportCase
			.received(new ObjectId().toHexString(), message.channel(), resident.id(), message.messageId(),
					this.redactor.redact(message.text()), understood.normalized().text(),
					message.attachments().stream().map(InboundMessage.Attachment::url).toList(), message.receivedAt(),
					resident.groupCode())
			.withOutcome(plan.outcome(), this.clock.instant());
		return this.cases.open(supportCase).flatMap((opened) -> {
			if (opened.duplicate()) {
				// The same message again: make sure its reply is on its way (a crash may
				// have come between the case and the outbox); the outbox ignores a reply
				// it has.
				TurnResult replayed = replayed(opened.supportCase(), message);
				return ((replayed.reply() != null) ? this.delivery.enqueue(replayed.reply()) : Mono.<Void>empty())
					.thenReturn(replayed);
			}
			// The bot's reply takes the case's id, so a case can never get two bot
			// replies.
			Reply reply = (plan.text() != null) ? new Reply(supportCase.id(), message.channel(),
					message.channelUserId(), supportCase.id(), plan.text(), plan.quickReplies()) : null;
			return keepPhone(resident, message, turn)
				.flatMap((known) -> this.residents.updateSession(known, plan.session()))
				.flatMap((updated) -> turn.followUp().run(updated, supportCase, guesses(understood)))
				.then((reply != null) ? this.delivery.enqueue(reply) : Mono.<Void>empty())
				.doOnSuccess((done) -> countDecision(message.channel(), supportCase))
				.thenReturn(new TurnResult(supportCase, reply, false));
		});
	}

	/**
	 * Keeps a phone number the resident writes while their message is on a ticket, so the
	 * person helping can call them; the stored text is redacted as always.
	 */
	private Mono<Resident> keepPhone(Resident resident, InboundMessage message, Turn turn) {
		Optional<String> phone = turn.ticketed() ? PhoneNumbers.find(message.text()) : Optional.empty();
		if (phone.isEmpty() || phone.get().equals(resident.phone())) {
			return Mono.just(resident);
		}
		return this.residents.setPhone(resident, phone.get());
	}

	/**
	 * What to answer and what to do with tickets: a pending feedback or group question
	 * first, then silence while a person owns the conversation, else the bot's answer,
	 * which joins an open ticket, reopens a recent one, or opens one when it escalates.
	 */
	private Turn turn(Resident resident, InboundMessage message, Understanding understood, @Nullable Ticket ticket,
			Ward ward) {
		String feedbackTicket = resident.session().feedbackTicket();
		Optional<Boolean> helpful = (feedbackTicket != null) ? FeedbackAnswers.helpful(message.text())
				: Optional.empty();
		if (feedbackTicket != null && helpful.isPresent()) {
			return new Turn(Plan.note(helpful.get() ? THANKS_HELPFUL : THANKS_NOT_HELPFUL, "feedback"),
					(updated, supportCase, guesses) -> this.tickets.recordFeedback(feedbackTicket, helpful.get()),
					false);
		}
		Optional<ResidentialGroup> group = resident.session().awaitingGroup()
				? GroupMatcher.match(message.text(), ward.groups()) : Optional.empty();
		if (group.isPresent()) {
			String code = group.get().code();
			return new Turn(Plan.note(GROUP_NOTED.formatted(group.get().label()), "group"),
					(updated, supportCase, guesses) -> this.residents.setGroup(updated, code)
						.then(this.tickets.assignGroup(updated.id(), code)),
					ticket != null && ticket.state().isOpen());
		}
		if (ticket != null && ticket.state().ownedByPerson()) {
			return new Turn(Plan.silent(understood.topTopic(), understood.confidence()),
					(updated, supportCase, guesses) -> this.tickets
						.addMessage(ticket, new NewTicket(updated, supportCase, null, guesses), false)
						.then(),
					true);
		}
		Plan plan = AttachmentReplies.plan(message).orElseGet(() -> planText(resident, message, understood));
		boolean botFailed = plan.outcome().status() == CaseStatus.ESCALATED;
		if (ticket != null) {
			return new Turn(plan, (updated, supportCase, guesses) -> {
				NewTicket news = new NewTicket(updated, supportCase, plan.text(), guesses);
				return ((ticket.state() == TicketState.RESOLVED) ? this.tickets.reopen(ticket, news)
						: this.tickets.addMessage(ticket, news, botFailed))
					.then();
			}, true);
		}
		if (!botFailed) {
			return new Turn(plan, FollowUp.NONE, false);
		}
		Plan escalated = askGroupIfUnknown(resident, plan, ward);
		return new Turn(escalated, (updated, supportCase,
				guesses) -> this.tickets.open(new NewTicket(updated, supportCase, escalated.text(), guesses)).then(),
				true);
	}

	/** Asks once which residential group the resident lives in, to route their ticket. */
	private static Plan askGroupIfUnknown(Resident resident, Plan plan, Ward ward) {
		if (resident.groupCode() != null || resident.groupAsked() || ward.groups().isEmpty()) {
			return plan;
		}
		List<Reply.QuickReply> buttons = ward.groups()
			.stream()
			.limit(MAX_GROUP_BUTTONS)
			.map((group) -> new Reply.QuickReply(group.label(), group.code()))
			.toList();
		return new Plan(plan.text() + "\n\n" + ASK_GROUP, buttons, plan.outcome(), ResidentSession.askedForGroup());
	}

	private List<Ticket.Guess> guesses(Understanding understood) {
		Library library = this.knowledgeBase.current();
		return understood.prediction()
			.ranked()
			.stream()
			.filter((score) -> score.confidence() >= MIN_GUESS_CONFIDENCE)
			.flatMap((score) -> library.article(score.topic())
				.filter((article) -> !SystemIntents.isSystem(article.id()))
				.map((article) -> new Ticket.Guess(article.id(), article.title(), score.confidence(),
						article.shortAnswer()))
				.stream())
			.limit(3)
			.toList();
	}

	private Plan planText(Resident resident, InboundMessage message, Understanding understood) {
		Library library = this.knowledgeBase.current();
		Decision decision = this.choices.match(message.text(), understood.normalized(), resident.session(), library)
			.orElse(understood.decision());
		ReplyComposer.Composed composed = this.composer.compose(decision, library);
		return new Plan(composed.text(), composed.quickReplies(),
				composed.outcome(decision, topicOf(decision, understood), confidenceOf(decision, understood)),
				sessionAfter(decision));
	}

	private static TurnResult replayed(SupportCase existing, InboundMessage message) {
		if (existing.status() == CaseStatus.WITH_AMBASSADOR) {
			return new TurnResult(existing, null, true);
		}
		String text = (existing.reply() != null) ? existing.reply() : ReplyComposer.NOT_SURE;
		return new TurnResult(existing,
				new Reply(existing.id(), message.channel(), message.channelUserId(), existing.id(), text, List.of()),
				true);
	}

	/**
	 * What to answer, and what to do about tickets once the case is stored.
	 *
	 * @param ticketed the message is on an open ticket once the turn is done
	 */
	private record Turn(Plan plan, FollowUp followUp, boolean ticketed) {
	}

	@FunctionalInterface
	private interface FollowUp {

		FollowUp NONE = (resident, supportCase, guesses) -> Mono.empty();

		Mono<Void> run(Resident resident, SupportCase supportCase, List<Ticket.Guess> guesses);

	}

	private static ResidentSession sessionAfter(Decision decision) {
		if (decision instanceof Decision.Clarify clarify) {
			List<String> offered = new ArrayList<>(clarify.topics());
			offered.add(SystemIntents.HUMAN);
			return ResidentSession.awaitingChoice(offered);
		}
		return ResidentSession.idle();
	}

	private static String topicOf(Decision decision, Understanding understood) {
		return (decision instanceof Decision.Answer answer) ? answer.topic() : understood.topTopic();
	}

	private static double confidenceOf(Decision decision, Understanding understood) {
		return (decision instanceof Decision.Answer answer) ? answer.confidence() : understood.confidence();
	}

	private void countDecision(ChannelType channel, SupportCase supportCase) {
		this.meters
			.counter(MeterNames.DECISIONS, MeterNames.CHANNEL, channel.id(), MeterNames.DECISION,
					String.valueOf(supportCase.decision()), MeterNames.TOPIC, String.valueOf(supportCase.topic()))
			.increment();
	}

}

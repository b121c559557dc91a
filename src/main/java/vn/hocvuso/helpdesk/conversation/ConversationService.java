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

import vn.hocvuso.helpdesk.cases.CaseIds;
import vn.hocvuso.helpdesk.cases.CaseStatus;
import vn.hocvuso.helpdesk.cases.CaseStore;
import vn.hocvuso.helpdesk.cases.SupportCase;
import vn.hocvuso.helpdesk.delivery.Reply;
import vn.hocvuso.helpdesk.delivery.ReplyDelivery;
import vn.hocvuso.helpdesk.escalation.Escalation;
import vn.hocvuso.helpdesk.escalation.EscalationProperties;
import vn.hocvuso.helpdesk.escalation.GroupQuestion;
import vn.hocvuso.helpdesk.escalation.HandOff;
import vn.hocvuso.helpdesk.escalation.Situation;
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
import vn.hocvuso.helpdesk.text.Redactor;
import vn.hocvuso.helpdesk.text.VietnameseNormalizer;

/**
 * One turn of a conversation, in a straight line: find the resident and where they stand
 * with the people behind the bot, understand the message, decide (the hand-off's rules
 * first, then the bot), store the support case, carry out the hand-off, and deliver the
 * reply through the resident's channel. A message seen before gets its earlier case and
 * reply back, and nothing is sent twice.
 */
@Service
public class ConversationService {

	private final ResidentDirectory residents;

	private final UnderstandingService understanding;

	private final KnowledgeBase knowledgeBase;

	private final CaseStore cases;

	private final Escalation escalation;

	private final ReplyDelivery delivery;

	private final ReplyComposer composer;

	private final ChoiceMatcher choices;

	private final Redactor redactor = new Redactor();

	private final MeterRegistry meters;

	private final Clock clock;

	private final UnprocessedMessages unprocessed;

	private final PrivacyNotice notice;

	private final ClassTurns classTurns;

	ConversationService(ResidentDirectory residents, UnderstandingService understanding, KnowledgeBase knowledgeBase,
			CaseStore cases, Escalation escalation, ReplyDelivery delivery, ConversationProperties properties,
			EscalationProperties escalationProperties, VietnameseNormalizer normalizer, MeterRegistry meters,
			Clock clock, UnprocessedMessages unprocessed, ClassTurns classTurns) {
		this.unprocessed = unprocessed;
		this.classTurns = classTurns;
		this.residents = residents;
		this.understanding = understanding;
		this.knowledgeBase = knowledgeBase;
		this.cases = cases;
		this.escalation = escalation;
		this.delivery = delivery;
		this.composer = new ReplyComposer(properties.popularTopics());
		this.notice = new PrivacyNotice(residents,
				PrivacyNotice.pageUrl(properties.privacyPageUrl(), escalationProperties.consoleUrl()));
		this.choices = new ChoiceMatcher(normalizer);
		this.meters = meters;
		this.clock = clock;
	}

	public Mono<TurnResult> handle(InboundMessage message) {
		this.meters.counter(MeterNames.MESSAGES_RECEIVED, MeterNames.CHANNEL, message.channel().id()).increment();
		Timer.Sample started = Timer.start(this.meters);
		return this.residents.identify(message.channel(), message.channelUserId())
			.flatMap((resident) -> this.escalation.situation(resident)
				.flatMap((situation) -> respond(message, situation)))
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

	/**
	 * A message that could not be processed after several attempts: the resident is told
	 * that a person will answer, and a person gets a ticket; the text is not read again.
	 */
	public Mono<Void> couldNotProcess(ChannelType channel, String channelUserId, String messageId) {
		return this.unprocessed.handOver(channel, channelUserId, messageId);
	}

	private Mono<TurnResult> respond(InboundMessage message, Situation situation) {
		Resident resident = situation.resident();
		Understanding understood = this.meters.timer(MeterNames.CLASSIFICATION_DURATION)
			.record(() -> this.understanding.understand(message.text()));
		return step(message, understood, situation)
			.flatMap((planned) -> this.notice.addTo(resident, planned.plan()).flatMap((plan) -> {
				Step step = new Step(plan, planned.handOff(), planned.decision());
				SupportCase supportCase = SupportCase
					.received(CaseIds.newId(message.receivedAt()), message.channel(), resident.id(),
							message.messageId(), this.redactor.redact(message.text()), understood.normalized().text(),
							message.attachments().stream().map(InboundMessage.Attachment::url).toList(),
							message.receivedAt(), resident.groupCode())
					.withOutcome(plan.outcome(), this.clock.instant());
				return this.cases.open(supportCase)
					.flatMap((opened) -> opened.duplicate() ? replay(opened.supportCase(), message)
							: carryOut(resident, message, understood, step, supportCase));
			}));
	}

	/**
	 * What to answer and what it means for a person: the hand-off's rules first (a
	 * rating, a group, silence while a person helps), else the bot's answer, which may
	 * open, join or reopen a ticket.
	 */
	private Mono<Step> step(InboundMessage message, Understanding understood, Situation situation) {
		Optional<HandOff> first = situation.before(message.text());
		if (first.isPresent()) {
			HandOff handOff = first.get();
			String words = handOff.words();
			Plan plan = (words != null) ? Plan.note(words, (handOff instanceof HandOff.Rated) ? "feedback" : "group")
					: Plan.silent(understood.topTopic(), understood.confidence());
			return Mono.just(new Step(plan, handOff, null));
		}
		Optional<Plan> attachment = AttachmentReplies.plan(message);
		if (attachment.isPresent()) {
			return Mono.just(botStep(attachment.get(), null, situation));
		}
		Library library = this.knowledgeBase.current();
		Decision decision = this.choices
			.match(message.text(), understood.normalized(), situation.resident().session(), library)
			.orElse(understood.decision());
		return this.classTurns.plan(message.text(), decision, situation.resident(), library)
			.map((classes) -> classes.isPresent() ? botStep(classes.get(), null, situation)
					: botStep(planText(decision, understood), decision, situation));
	}

	/**
	 * The bot's plan, and the hand-off it leads to (asking for the group on a new
	 * ticket).
	 */
	private static Step botStep(Plan bot, @Nullable Decision decision, Situation situation) {
		HandOff handOff = situation.after(bot.handsOver());
		GroupQuestion question = (handOff instanceof HandOff.Opens opens) ? opens.groupQuestion() : null;
		return new Step((question != null) ? bot.asking(question) : bot, handOff, decision);
	}

	private Mono<TurnResult> carryOut(Resident resident, InboundMessage message, Understanding understood, Step step,
			SupportCase supportCase) {
		Plan plan = step.plan();
		// The bot's reply takes the case's id, so a case can never get two bot replies.
		Reply reply = (plan.text() != null) ? new Reply(supportCase.id(), message.channel(), message.channelUserId(),
				supportCase.id(), plan.text(), plan.quickReplies(), message.messageId(), message.receivedAt()) : null;
		return this.residents.updateSession(resident, plan.session())
			.flatMap((updated) -> this.residents.heard(updated.id(), message.messageId(), message.receivedAt())
				.thenReturn(updated))
			.flatMap((updated) -> this.escalation.carryOut(step.handOff(), updated, supportCase, message.text(),
					plan.text(), understood))
			.then((reply != null) ? this.delivery.enqueue(reply) : Mono.<Void>empty())
			.doOnSuccess((done) -> countDecision(message.channel(), supportCase))
			.thenReturn(new TurnResult(Turn.of(step.decision(), step.handOff(), plan), supportCase, reply));
	}

	/**
	 * The same message again: make sure its reply is on its way (a crash may have come
	 * between the case and the outbox); the outbox ignores a reply it has.
	 */
	private Mono<TurnResult> replay(SupportCase existing, InboundMessage message) {
		if (existing.status() == CaseStatus.WITH_AMBASSADOR) {
			return Mono.just(new TurnResult(new Turn.Repeated(), existing, null));
		}
		String text = (existing.reply() != null) ? existing.reply() : ReplyComposer.NOT_SURE;
		Reply reply = new Reply(existing.id(), message.channel(), message.channelUserId(), existing.id(), text,
				List.of(), message.messageId(), message.receivedAt());
		return this.delivery.enqueue(reply).thenReturn(new TurnResult(new Turn.Repeated(), existing, reply));
	}

	private Plan planText(Decision decision, Understanding understood) {
		ReplyComposer.Composed composed = this.composer.compose(decision, this.knowledgeBase.current());
		return new Plan(composed.text(), composed.quickReplies(),
				composed.outcome(decision, topicOf(decision, understood), confidenceOf(decision, understood)),
				sessionAfter(decision));
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

	/**
	 * What to say and what it means for a person, before the case is stored.
	 *
	 * @param decision the bot's decision; empty when the hand-off's rules or an
	 * attachment decided
	 */
	private record Step(Plan plan, HandOff handOff, @Nullable Decision decision) {
	}

}

package vn.hocvuso.helpdesk.conversation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.bson.types.ObjectId;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

import vn.hocvuso.helpdesk.cases.CaseRepository;
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
import vn.hocvuso.helpdesk.text.Redactor;
import vn.hocvuso.helpdesk.text.VietnameseNormalizer;

/**
 * One turn of a conversation: find the resident, understand the message, decide, store
 * the support case with its reply, and deliver the reply through the resident's channel.
 * A message seen before gets its earlier case and reply back, and nothing is sent twice.
 */
@Service
public class ConversationService {

	private final ResidentDirectory residents;

	private final UnderstandingService understanding;

	private final KnowledgeBase knowledgeBase;

	private final CaseRepository cases;

	private final ReplyDelivery delivery;

	private final ReplyComposer composer;

	private final ChoiceMatcher choices;

	private final Redactor redactor = new Redactor();

	private final MeterRegistry meters;

	private final Clock clock;

	ConversationService(ResidentDirectory residents, UnderstandingService understanding, KnowledgeBase knowledgeBase,
			CaseRepository cases, ReplyDelivery delivery, ConversationProperties properties,
			VietnameseNormalizer normalizer, MeterRegistry meters, Clock clock) {
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

	private Mono<TurnResult> respond(Resident resident, InboundMessage message) {
		Understanding understood = this.meters.timer(MeterNames.CLASSIFICATION_DURATION)
			.record(() -> this.understanding.understand(message.text()));
		Plan plan = AttachmentReplies.plan(message).orElseGet(() -> planText(resident, message, understood));
		SupportCase supportCase = SupportCase
			.received(new ObjectId().toHexString(), message.channel(), resident.id(), message.messageId(),
					this.redactor.redact(message.text()), understood.normalized().text(),
					message.attachments().stream().map(InboundMessage.Attachment::url).toList(), message.receivedAt())
			.withOutcome(plan.outcome(), this.clock.instant());
		return this.cases.open(supportCase).flatMap((opened) -> {
			if (opened.duplicate()) {
				// The same message again: make sure its reply is on its way (a crash may
				// have
				// come between the case and the outbox); the outbox ignores a reply it
				// has.
				TurnResult replayed = replayed(opened.supportCase(), message);
				return this.delivery.enqueue(replayed.reply()).thenReturn(replayed);
			}
			// The bot's reply takes the case's id, so a case can never get two bot
			// replies.
			Reply reply = new Reply(supportCase.id(), message.channel(), message.channelUserId(), supportCase.id(),
					plan.text(), plan.quickReplies());
			return this.residents.updateSession(resident, plan.session())
				.then(this.delivery.enqueue(reply))
				.doOnSuccess((done) -> countDecision(message.channel(), supportCase))
				.thenReturn(new TurnResult(supportCase, reply, false));
		});
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
		String text = (existing.reply() != null) ? existing.reply() : ReplyComposer.NOT_SURE;
		return new TurnResult(existing,
				new Reply(existing.id(), message.channel(), message.channelUserId(), existing.id(), text, List.of()),
				true);
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

package vn.hocvuso.helpdesk.conversation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

import vn.hocvuso.helpdesk.cases.CaseRepository;
import vn.hocvuso.helpdesk.cases.SupportCase;
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

	private static final Logger log = LoggerFactory.getLogger(ConversationService.class);

	private final ResidentDirectory residents;

	private final UnderstandingService understanding;

	private final KnowledgeBase knowledgeBase;

	private final CaseRepository cases;

	private final Map<ChannelType, ReplySender> senders;

	private final ReplyComposer composer;

	private final ChoiceMatcher choices;

	private final Redactor redactor = new Redactor();

	private final MeterRegistry meters;

	private final Clock clock;

	ConversationService(ResidentDirectory residents, UnderstandingService understanding, KnowledgeBase knowledgeBase,
			CaseRepository cases, List<ReplySender> senders, ConversationProperties properties,
			VietnameseNormalizer normalizer, MeterRegistry meters, Clock clock) {
		this.residents = residents;
		this.understanding = understanding;
		this.knowledgeBase = knowledgeBase;
		this.cases = cases;
		this.senders = senders.stream().collect(Collectors.toMap(ReplySender::channel, Function.identity()));
		this.composer = new ReplyComposer(properties.popularTopics());
		this.choices = new ChoiceMatcher(normalizer);
		this.meters = meters;
		this.clock = clock;
	}

	public Mono<TurnResult> handle(InboundMessage message) {
		this.meters.counter(MeterNames.MESSAGES_RECEIVED, MeterNames.CHANNEL, message.channel().id()).increment();
		return this.residents.identify(message.channel(), message.channelUserId())
			.flatMap((resident) -> respond(resident, message));
	}

	private Mono<TurnResult> respond(Resident resident, InboundMessage message) {
		Library library = this.knowledgeBase.current();
		Understanding understood = this.understanding.understand(message.text());
		Decision decision = this.choices.match(understood.normalized(), resident.session(), library)
			.orElse(understood.decision());
		ReplyComposer.Composed composed = this.composer.compose(decision, library);
		SupportCase supportCase = SupportCase
			.received(new ObjectId().toHexString(), message.channel(), resident.id(), message.messageId(),
					this.redactor.redact(message.text()), understood.normalized().text(), message.receivedAt())
			.withOutcome(composed.outcome(decision, topicOf(decision, understood), confidenceOf(decision, understood)),
					this.clock.instant());
		return this.cases.open(supportCase).flatMap((opened) -> {
			if (opened.duplicate()) {
				return Mono.just(replayed(opened.supportCase(), message));
			}
			Reply reply = new Reply(new ObjectId().toHexString(), message.channel(), message.channelUserId(),
					supportCase.id(), composed.text(), composed.quickReplies());
			return this.residents.updateSession(resident, sessionAfter(decision))
				.then(deliver(reply))
				.doOnSuccess((done) -> countDecision(message.channel(), supportCase))
				.thenReturn(new TurnResult(supportCase, reply, false));
		});
	}

	private Mono<Void> deliver(Reply reply) {
		ReplySender sender = this.senders.get(reply.channel());
		if (sender == null) {
			log.error("No reply sender for channel {}; the reply to case {} stays on the case only", reply.channel(),
					reply.caseId());
			return Mono.empty();
		}
		return sender.send(reply);
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

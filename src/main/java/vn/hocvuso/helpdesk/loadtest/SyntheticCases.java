package vn.hocvuso.helpdesk.loadtest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.bson.types.ObjectId;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import vn.hocvuso.helpdesk.cases.CaseIds;
import vn.hocvuso.helpdesk.cases.CaseStatus;
import vn.hocvuso.helpdesk.cases.SupportCase;
import vn.hocvuso.helpdesk.cases.CaseStore;
import vn.hocvuso.helpdesk.shared.ChannelType;
import vn.hocvuso.helpdesk.tickets.Ticket;
import vn.hocvuso.helpdesk.tickets.TicketImport;
import vn.hocvuso.helpdesk.tickets.TicketState;

/**
 * A year of made-up cases for the indicators benchmark ({@code bench/indicators.sh}):
 * 100,000 residents in 20 residential groups (and some without one), the library's
 * topics, the four channels, and outcomes in plausible shares, from a fixed seed so runs
 * compare. Each case handed to a person has its ticket: open when received in the last
 * three days (one per resident; due a day after the load, so the bench's first start
 * finds a queue not yet overdue, as the stores in BENCHMARKS.md were made), else resolved
 * two hours later. Texts are placeholders; nothing here is real.
 */
@Component
public class SyntheticCases {

	private static final int BATCH = 5_000;

	private static final int RESIDENTS = 100_000;

	private static final List<String> TOPICS = List.of("vneid.install", "vneid.register", "vneid.activate",
			"vneid.login", "vneid.new-device", "vneid.change-phone", "vneid.documents", "vneid.residence", "dvc.login",
			"dvc.submit", "dvc.status", "dvc.fee", "dvc.civil-status", "dvc.judicial-record", "payment.bank-app",
			"payment.qr", "payment.biometric", "payment.wrong-transfer", "scam.impersonation", "scam.otp", "scam.links",
			"scam.job-investment", "scam.victim", "scam.report", "phone.basics", "phone.zalo", "security.account",
			"campaign.about", "campaign.classes", "campaign.online-learning", "campaign.ambassador",
			"campaign.devices");

	private final CaseStore cases;

	private final TicketImport tickets;

	private final Clock clock;

	SyntheticCases(CaseStore cases, TicketImport tickets, Clock clock) {
		this.cases = cases;
		this.tickets = tickets;
		this.clock = clock;
	}

	/**
	 * Inserts {@code count} cases received over the last 365 days, in batches, and passes
	 * each batch on once it is stored.
	 */
	public Flux<SupportCase> insert(long count) {
		Random random = new Random(42);
		Instant now = this.clock.instant();
		Set<String> withOpenTicket = new HashSet<>();
		return Flux.range(0, (int) ((count + BATCH - 1) / BATCH)).concatMap((batch) -> {
			List<SupportCase> cases = batch(random, now, (int) Math.min(BATCH, count - (long) batch * BATCH));
			List<Ticket> tickets = cases.stream()
				.filter((supportCase) -> supportCase.status() == CaseStatus.ESCALATED)
				.map((supportCase) -> ticket(supportCase, now, withOpenTicket))
				.toList();
			return this.cases.importBatch(cases)
				.then(tickets.isEmpty() ? Mono.empty() : this.tickets.importBatch(tickets))
				.thenMany(Flux.fromIterable(cases));
		}, 1);
	}

	private static Ticket ticket(SupportCase supportCase, Instant now, Set<String> withOpenTicket) {
		Instant at = supportCase.receivedAt();
		String id = new ObjectId(Date.from(at)).toHexString();
		List<Ticket.Entry> conversation = List.of(Ticket.Entry.resident(at, supportCase.text(), supportCase.id()));
		boolean open = at.isAfter(now.minus(Duration.ofDays(3))) && withOpenTicket.add(supportCase.residentId());
		Instant claimed = at.plus(Duration.ofMinutes(30));
		return new Ticket(id, supportCase.residentId(), supportCase.channel(), "bench-u" + supportCase.residentId(),
				supportCase.groupCode(), open ? TicketState.WAITING : TicketState.RESOLVED, null,
				supportCase.groupCode() == null, at, open ? now.plus(Duration.ofDays(1)) : at.plus(Duration.ofHours(1)),
				false, open ? null : "bench-ambassador", open ? null : claimed, open ? null : claimed,
				open ? null : at.plus(Duration.ofHours(2)), open ? null : "bench-ambassador",
				open ? null : "Đã hướng dẫn", 0, supportCase.id(), List.of(), List.of(), conversation, null,
				open ? 0 : 3);
	}

	private static List<SupportCase> batch(Random random, Instant now, int size) {
		List<SupportCase> batch = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			batch.add(next(random, now));
		}
		return batch;
	}

	private static SupportCase next(Random random, Instant now) {
		int resident = random.nextInt(RESIDENTS);
		int group = resident % 21;
		Instant at = now.minusSeconds(random.nextInt(365 * 86_400));
		double outcome = random.nextDouble();
		String topic = (outcome < 0.9) ? TOPICS.get(random.nextInt(TOPICS.size())) : null;
		String decision = (outcome < 0.65) ? "answer" : (outcome < 0.8) ? "clarify" : "escalate";
		CaseStatus status = (outcome < 0.65) ? CaseStatus.ANSWERED
				: (outcome < 0.8) ? CaseStatus.CLARIFYING : CaseStatus.ESCALATED;
		String id = CaseIds.newId(at);
		double channel = random.nextDouble();
		ChannelType type = (channel < 0.6) ? ChannelType.ZALO : (channel < 0.8) ? ChannelType.MESSENGER
				: (channel < 0.85) ? ChannelType.TELEGRAM : ChannelType.WEBCHAT;
		Duration reply = Duration.ofMillis(150 + (long) (random.nextDouble() * random.nextDouble() * 5_000));
		String feedback = (random.nextInt(20) == 0) ? (random.nextBoolean() ? "helpful" : "not_helpful") : null;
		String problem = (random.nextInt(100) == 0) ? "blocked" : null;
		return new SupportCase(id, type, "bench-r" + resident, id, "câu hỏi mẫu số " + resident, "cau hoi mau", topic,
				0.8, decision, null, "Trả lời mẫu", (problem != null) ? CaseStatus.ESCALATED : status, false, List.of(),
				at, at.plus(reply), problem, (group == 0) ? null : String.format("TDP%02d", group), feedback);
	}

}

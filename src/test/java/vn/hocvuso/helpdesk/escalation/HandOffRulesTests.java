package vn.hocvuso.helpdesk.escalation;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.hocvuso.helpdesk.residents.Resident;
import vn.hocvuso.helpdesk.residents.ResidentSession;
import vn.hocvuso.helpdesk.shared.ChannelType;
import vn.hocvuso.helpdesk.tickets.Ticket;
import vn.hocvuso.helpdesk.tickets.TicketState;
import vn.hocvuso.helpdesk.wards.ResidentialGroup;
import vn.hocvuso.helpdesk.wards.Ward;

import static org.assertj.core.api.Assertions.assertThat;

/** The hand-off's table of situations and outcomes, without Spring or a store. */
class HandOffRulesTests {

	private static final Instant NOW = Instant.parse("2026-12-04T08:00:00Z");

	private static final Ward WARD = new Ward(
			List.of(new ResidentialGroup("TDP01", "Tổ dân phố số 1"), new ResidentialGroup("TDP05", "Tổ dân phố số 5")),
			List.of());

	private static final Ward WARD_WITHOUT_GROUPS = new Ward(List.of(), List.of());

	@ParameterizedTest(name = "{0} ticket, bot failed {1}, group {2}, ward has groups {3} -> {4}")
	@CsvSource({ "none,     false, unknown, true,  bot only", "none,     true,  known,   true,  opens",
			"none,     true,  unknown, true,  opens asking the group", "none,     true,  asked,   true,  opens",
			"none,     true,  unknown, false, opens", "waiting,  false, known,   true,  joins",
			"waiting,  true,  known,   true,  joins as a repeated failure", "urgent,   true,  known,   true,  joins",
			"resolved, false, known,   true,  reopens", "resolved, true,  unknown, true,  reopens" })
	void afterTheBotsAnswer(String ticket, boolean botFailed, String group, boolean wardHasGroups, String expected) {
		Situation situation = new Situation(resident(ResidentSession.idle(), group), ticket(ticket),
				wardHasGroups ? WARD : WARD_WITHOUT_GROUPS);
		assertThat(describe(situation.after(botFailed))).isEqualTo(expected);
	}

	@ParameterizedTest(name = "waiting for {0}, «{1}», {2} ticket -> {3}")
	@CsvSource({ "nothing,  cài vneid ở đâu,  none,     the bot answers",
			"nothing,  cài vneid ở đâu,  waiting,  the bot answers",
			"nothing,  cài vneid ở đâu,  claimed,  a person owns it",
			"nothing,  cài vneid ở đâu,  answered, a person owns it",
			"nothing,  cài vneid ở đâu,  resolved, the bot answers",
			"nothing,  tổ 5,             none,     the bot answers",
			"nothing,  Có ích,           resolved, the bot answers",
			"feedback, Có ích,           resolved, rated helpful",
			"feedback, chưa được ạ,      resolved, rated not helpful",
			"feedback, Có ích,           claimed,  rated helpful",
			"feedback, cài vneid ở đâu,  resolved, the bot answers",
			"group,    tổ 5,             none,     group TDP05 named",
			"group,    TDP01,            waiting,  group TDP01 named on an open ticket",
			"group,    tổ 5,             resolved, group TDP05 named",
			"group,    tổ 1 hay tổ 5,    waiting,  the bot answers",
			"group,    giá vàng hôm nay, claimed,  a person owns it" })
	void beforeTheBotAnswers(String waitingFor, String text, String ticket, String expected) {
		ResidentSession session = switch (waitingFor) {
			case "feedback" -> ResidentSession.askedForFeedback("ticket-1");
			case "group" -> ResidentSession.askedForGroup();
			default -> ResidentSession.idle();
		};
		Situation situation = new Situation(resident(session, "unknown"), ticket(ticket), WARD);
		assertThat(situation.before(text).map(HandOffRulesTests::describe).orElse("the bot answers"))
			.isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}: on a ticket {1}")
	@CsvSource({ "bot only, false", "opens, true", "joins, true", "reopens, true", "a person owns it, true",
			"rated helpful, false" })
	void aPhoneNumberIsKeptOnlyWhenTheMessageEndsOnATicket(String handOff, boolean ticketed) {
		HandOff value = switch (handOff) {
			case "bot only" -> new HandOff.BotOnly();
			case "opens" -> new HandOff.Opens(null);
			case "joins" -> new HandOff.Joins(ticket("waiting"), false);
			case "reopens" -> new HandOff.Reopens(ticket("resolved"));
			case "a person owns it" -> new HandOff.WithPerson(ticket("claimed"));
			default -> new HandOff.Rated("ticket-1", true);
		};
		assertThat(value.ticketed()).isEqualTo(ticketed);
	}

	private static String describe(HandOff handOff) {
		if (handOff instanceof HandOff.Opens opens) {
			return (opens.groupQuestion() != null) ? "opens asking the group" : "opens";
		}
		if (handOff instanceof HandOff.Joins joins) {
			return joins.repeatedFailure() ? "joins as a repeated failure" : "joins";
		}
		if (handOff instanceof HandOff.Rated rated) {
			return rated.helpful() ? "rated helpful" : "rated not helpful";
		}
		if (handOff instanceof HandOff.GroupNamed named) {
			return "group " + named.group().code() + " named" + (named.ticketed() ? " on an open ticket" : "");
		}
		if (handOff instanceof HandOff.WithPerson) {
			return "a person owns it";
		}
		return (handOff instanceof HandOff.Reopens) ? "reopens" : "bot only";
	}

	private static Resident resident(ResidentSession session, String group) {
		return new Resident("resident-1", ChannelType.ZALO, "zalo-user-1", NOW, session,
				group.equals("known") ? "TDP01" : null, group.equals("asked"), null);
	}

	private static @Nullable Ticket ticket(String state) {
		if (state.equals("none")) {
			return null;
		}
		TicketState ticketState = switch (state) {
			case "claimed" -> TicketState.CLAIMED;
			case "answered" -> TicketState.ANSWERED;
			case "resolved" -> TicketState.RESOLVED;
			default -> TicketState.WAITING;
		};
		String urgentReason = state.equals("urgent") ? UrgentReasons.SCAM : null;
		return new Ticket("ticket-1", "resident-1", ChannelType.ZALO, "zalo-user-1", "TDP01", ticketState, urgentReason,
				false, NOW, NOW.plusSeconds(900), false, null, null, null, null, null, null, 0, "case-1", List.of(),
				List.of(), List.of(), null, 0);
	}

}

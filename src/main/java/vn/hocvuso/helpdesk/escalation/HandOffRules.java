package vn.hocvuso.helpdesk.escalation;

import java.util.Optional;

import vn.hocvuso.helpdesk.residents.Resident;
import vn.hocvuso.helpdesk.tickets.Ticket;
import vn.hocvuso.helpdesk.tickets.TicketState;
import vn.hocvuso.helpdesk.wards.GroupMatcher;
import vn.hocvuso.helpdesk.wards.ResidentialGroup;

/**
 * When a person takes over, as one table of situations and outcomes (no Spring, no
 * store):
 *
 * <table>
 * <caption>Before the bot answers</caption>
 * <tr>
 * <th>situation</th>
 * <th>outcome</th>
 * </tr>
 * <tr>
 * <td>asked "did it help?", and the message answers it</td>
 * <td>{@link HandOff.Rated}</td>
 * </tr>
 * <tr>
 * <td>asked for the group, and the message names one</td>
 * <td>{@link HandOff.GroupNamed}</td>
 * </tr>
 * <tr>
 * <td>a person has claimed the resident's ticket</td>
 * <td>{@link HandOff.WithPerson}: the bot is silent</td>
 * </tr>
 * <tr>
 * <td>otherwise</td>
 * <td>the bot answers, then:</td>
 * </tr>
 * </table>
 * <table>
 * <caption>After the bot's answer</caption>
 * <tr>
 * <th>the resident's ticket</th>
 * <th>bot settled it</th>
 * <th>bot failed</th>
 * </tr>
 * <tr>
 * <td>none</td>
 * <td>{@link HandOff.BotOnly}</td>
 * <td>{@link HandOff.Opens}, asking the group once when unknown</td>
 * </tr>
 * <tr>
 * <td>waiting</td>
 * <td>{@link HandOff.Joins}</td>
 * <td>{@link HandOff.Joins}, urgent unless it already is</td>
 * </tr>
 * <tr>
 * <td>resolved a moment ago</td>
 * <td>{@link HandOff.Reopens}, urgent</td>
 * <td>{@link HandOff.Reopens}, urgent</td>
 * </tr>
 * </table>
 */
final class HandOffRules {

	private HandOffRules() {
	}

	static Optional<HandOff> before(Situation situation, String text) {
		Resident resident = situation.resident();
		Ticket ticket = situation.ticket();
		String feedbackTicket = resident.session().feedbackTicket();
		Optional<Boolean> helpful = (feedbackTicket != null) ? FeedbackAnswers.helpful(text) : Optional.empty();
		if (feedbackTicket != null && helpful.isPresent()) {
			return Optional.of(new HandOff.Rated(feedbackTicket, helpful.get()));
		}
		Optional<ResidentialGroup> group = resident.session().awaitingGroup()
				? GroupMatcher.match(text, situation.ward().groups()) : Optional.empty();
		if (group.isPresent()) {
			return Optional.of(new HandOff.GroupNamed(group.get(), ticket != null && ticket.state().isOpen()));
		}
		if (ticket != null && ticket.state().ownedByPerson()) {
			return Optional.of(new HandOff.WithPerson(ticket));
		}
		return Optional.empty();
	}

	static HandOff after(Situation situation, boolean botFailed) {
		Ticket ticket = situation.ticket();
		if (ticket != null) {
			return (ticket.state() == TicketState.RESOLVED) ? new HandOff.Reopens(ticket)
					: new HandOff.Joins(ticket, repeatedFailure(ticket, botFailed));
		}
		if (!botFailed) {
			return new HandOff.BotOnly();
		}
		Resident resident = situation.resident();
		boolean askGroup = resident.groupCode() == null && !resident.groupAsked()
				&& !situation.ward().groups().isEmpty();
		return new HandOff.Opens(askGroup ? GroupQuestion.of(situation.ward()) : null);
	}

	/**
	 * The bot failed again while nobody has claimed the ticket, and it is not urgent yet:
	 * it becomes urgent.
	 */
	static boolean repeatedFailure(Ticket ticket, boolean botFailed) {
		return botFailed && ticket.state() == TicketState.WAITING && !ticket.urgent();
	}

}

package vn.hocvuso.helpdesk.conversation;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

import vn.hocvuso.helpdesk.HelpdeskClient;
import vn.hocvuso.helpdesk.HelpdeskIntegrationTest;
import vn.hocvuso.helpdesk.WardFixture;
import vn.hocvuso.helpdesk.residents.ResidentDirectory;
import vn.hocvuso.helpdesk.shared.ChannelType;
import vn.hocvuso.helpdesk.tickets.Ticket;
import vn.hocvuso.helpdesk.tickets.TicketQueries;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What each turn of a conversation says it did, through the real conversation, store and
 * tickets: answered, clarified, handed over, joined a ticket, silent while a person
 * helps, a group named, feedback given, a repeat.
 */
@HelpdeskIntegrationTest
class TurnsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ConversationService conversations;

	WardFixture ward;

	HelpdeskClient client;

	@Autowired
	TicketQueries tickets;

	@Autowired
	ResidentDirectory residents;

	String resident;

	@BeforeEach
	void setUp() {
		this.client = HelpdeskClient.on(this.port);
		this.ward = new WardFixture(this.client);
		this.resident = "turns-" + ThreadLocalRandom.current()
			.ints(8, 'a', 'z' + 1)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
	}

	@Test
	void aQuestionTheBotKnowsIsAnswered() {
		assertThat(say("cài vneid ở đâu vậy cháu").turn()).isEqualTo(new Turn.Answered("vneid.install"));
	}

	@Test
	void aQuestionTheBotCannotSettleIsHandedOverAndTheNextJoinsItsTicket() {
		TurnResult first = say("giá vàng hôm nay thế nào");
		assertThat(first.turn()).isInstanceOf(Turn.HandedOver.class);
		assertThat(((Turn.HandedOver) first.turn()).reason()).isNotNull();
		assertThat(say("còn giá xăng thì sao").turn()).isEqualTo(new Turn.JoinedTicket(false));
	}

	@Test
	void theSameMessageTwiceIsARepeat() {
		TurnResult first = say("cài vneid ở đâu", "message-1");
		TurnResult again = say("cài vneid ở đâu", "message-1");
		assertThat(again.turn()).isEqualTo(new Turn.Repeated());
		assertThat(again.duplicate()).isTrue();
		assertThat(again.supportCase().id()).isEqualTo(first.supportCase().id());
	}

	@Test
	void theGroupQuestionIsAnsweredThenAPersonTakesOverAndIsRated() {
		String group = this.ward.group();
		String ambassador = this.ward.ambassador(group);
		String question = "giá vàng hôm nay bao nhiêu vậy " + this.resident;
		assertThat(say(question).reply().text()).contains("bác ở tổ dân phố nào");
		assertThat(say(group).turn()).isEqualTo(new Turn.GroupNamed(group));

		String ticketId = this.ward.openTickets(ambassador)
			.stream()
			.filter((ticket) -> question.equals(ticket.get("preview")))
			.map((ticket) -> (String) ticket.get("id"))
			.findFirst()
			.orElseThrow();
		this.ward.claim(ambassador, ticketId);
		TurnResult silent = say("cháu ơi bác vẫn chờ");
		assertThat(silent.turn()).isEqualTo(new Turn.WithPerson());
		assertThat(silent.reply()).isNull();

		this.ward.act(ambassador, HttpMethod.POST, ticketId, "/resolve", Map.of("note", "")).expectStatus().isOk();
		assertThat(say("Chưa giúp được").turn()).isEqualTo(new Turn.FeedbackGiven(false));
		assertThat(say("lại không vào được nữa").turn()).isEqualTo(new Turn.JoinedTicket(true));
	}

	@Test
	void aMessageThatCouldNotBeProcessedGoesToAPersonAndTheResidentIsTold() {
		this.conversations.couldNotProcess(ChannelType.WEBCHAT, this.resident, "lost-1").block();
		Ticket ticket = this.tickets.findOpen(this.residents.known(ChannelType.WEBCHAT, this.resident).block().id())
			.block();
		assertThat(ticket.preview()).isEqualTo(UnprocessedMessages.TEXT);
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.untilAsserted(
					() -> assertThat(this.client.mailbox(this.resident)).containsExactly(UnprocessedMessages.REPLY));
		TurnResult again = say("cài vneid ở đâu", "lost-1");
		assertThat(again.duplicate()).isTrue();
		assertThat(again.supportCase().escalationReason()).isEqualTo(UnprocessedMessages.REASON);
	}

	private TurnResult say(String text) {
		return say(text, "m" + System.nanoTime());
	}

	private TurnResult say(String text, String messageId) {
		return this.conversations
			.handle(InboundMessage.text(ChannelType.WEBCHAT, this.resident, messageId, text, Instant.now()))
			.block();
	}

}

package vn.hocvuso.helpdesk.channel.zalo;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.mongodb.reactivestreams.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.hocvuso.helpdesk.ChannelProbe;
import vn.hocvuso.helpdesk.HelpdeskClient;
import vn.hocvuso.helpdesk.WardFixture;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tickets of residents who write on Zalo, through the signed webhook: the ambassador's
 * reply reaches them as a customer-service message; a reply Zalo refuses for good, the
 * ambassador's or the bot's, goes to a person who can phone them; and ambassadors who
 * gave their Zalo id are told of new tickets in their groups.
 */
@ZaloIntegrationTest
class ZaloTicketsIntegrationTests extends ZaloStandIn {

	@LocalServerPort
	int port;

	@Autowired
	MongoDatabase database;

	@Autowired
	MeterRegistry meters;

	WebTestClient http;

	WardFixture ward;

	@BeforeEach
	void setUp() {
		zalo.resetAll();
		zalo.stubFor(send().atPriority(10).willReturn(accepted()));
		HelpdeskClient client = HelpdeskClient.on(this.port, "zalo-admin");
		this.http = client.http();
		this.ward = new WardFixture(client);
	}

	@Test
	void anAmbassadorsReplyReachesTheResidentOnZalo() {
		String user = newUser();
		WardFixture.Claimed ticket = this.ward.claimedTicket((text) -> says(user, text), user);
		String words = "Dạ chào bác, cháu là đại sứ số tổ bác. Bác mở ứng dụng VNeID, chọn Đăng nhập nhé.";
		this.ward.reply(ticket.ambassador(), ticket.ticketId(), words);

		this.ward.awaitReply(ticket.ambassador(), ticket.ticketId(), "SENT");
		assertThat(sendsTo(user, words)).hasSize(1);
	}

	@Test
	void aReplyZaloRefusesIsUndeliverableAndTheTicketAsksToPhoneTheResident() {
		String user = newUser();
		WardFixture.Claimed claimed = this.ward.claimedTicket((text) -> says(user, text), user);
		String words = "Dạ, cháu gửi bác hướng dẫn cài lại VNeID ạ.";
		zalo.stubFor(send().atPriority(1)
			.withRequestBody(matchingJsonPath("$.message.text", equalTo(words)))
			.willReturn(json(ZaloSamples.raw("send_cs.error-230.logged"))));
		this.ward.reply(claimed.ambassador(), claimed.ticketId(), words);

		this.ward.awaitReply(claimed.ambassador(), claimed.ticketId(), "UNDELIVERABLE");
		Map<String, Object> ticket = this.ward.awaitCallNote(claimed.ambassador(), claimed.ticketId());
		assertThat(ticket).containsEntry("replyUndelivered", true);
		assertThat(sendsTo(user, words)).as("a refusal for good is not retried").hasSize(1);
	}

	@Test
	void aBotAnswerZaloRefusesOpensATicketSoSomeoneCanPhoneTheResident() {
		String user = newUser();
		zalo.stubFor(toUser(user).willReturn(json(ZaloSamples.raw("send_cs.error-230.logged"))));
		String question = "cho bác hỏi cài vneid ở đâu";
		ObjectNode event = ZaloSamples.text(user, question);
		ZaloSamples.deliver(this.http, event).expectStatus().isOk();
		assertThat(new ChannelProbe(this.database, this.meters, "zalo").awaitCase(ZaloSamples.messageId(event))
			.getString("decision")).isEqualTo("answer");

		String id = await().atMost(Duration.ofSeconds(10))
			.until(() -> this.ward.openTickets("admin")
				.stream()
				.filter((ticket) -> question.equals(ticket.get("preview")))
				.map((ticket) -> (String) ticket.get("id"))
				.toList(), (found) -> found.size() == 1)
			.get(0);
		Map<String, Object> ticket = this.ward.awaitCallNote("admin", id);
		assertThat(WardFixture.summary(ticket))
			.containsEntry("urgentReason", "Tin trả lời của bot không tới được người dân: cần gọi điện")
			.containsEntry("wardWide", true)
			.containsEntry("channel", "zalo");
		assertThat(WardFixture.messages(ticket, "BOT")).singleElement()
			.satisfies((message) -> assertThat(message).containsEntry("delivery", "UNDELIVERABLE"));
		String anyAmbassador = this.ward.ambassador(this.ward.group());
		assertThat(this.ward.openTickets(anyAmbassador)).extracting((open) -> open.get("id")).contains(id);
	}

	@Test
	void aBotReplyRefusedWhileTheResidentHasAnOpenTicketIsNotedOnThatTicket() {
		String group = this.ward.group();
		String user = newUser();
		String id = this.ward.ticketFor((text) -> says(user, text), group, user).ticketId();
		zalo.stubFor(toUser(user).willReturn(json(ZaloSamples.raw("send_cs.error-230.logged"))));
		String question = "thế cài vneid ở đâu hả cháu";
		says(user, question);

		Map<String, Object> ticket = this.ward.awaitCallNote("admin", id);
		assertThat(WardFixture.messages(ticket, "BOT")).last()
			.satisfies((message) -> assertThat(message).containsEntry("delivery", "UNDELIVERABLE"));
		assertThat(this.ward.openTickets("admin")).extracting((open) -> open.get("preview"))
			.as("no second ticket")
			.doesNotContain(question);
	}

	@Test
	void aNewTicketIsSentOnZaloToTheGroupsAmbassadorsWhoGaveTheirZaloId() {
		String group = this.ward.group();
		String zaloId = "zalo-ds-" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L);
		this.ward.ambassadorOnZalo(zaloId, group);
		this.ward.ambassador(group);
		String user = newUser();
		String id = this.ward.ticketFor((text) -> says(user, text), group, user).ticketId();

		String link = "https://hoidapso.example.vn/console/ticket.html?id=" + id;
		String naming = "Phiếu hỗ trợ mới – " + group + " – Tổ thử " + group + ": «giá vàng hôm nay";
		List<LoggedRequest> notices = await().atMost(Duration.ofSeconds(10))
			.until(() -> zalo.findAll(postRequestedFor(urlEqualTo(SEND)).withRequestBody(containing(link))
				.withRequestBody(containing(naming))), (found) -> !found.isEmpty());
		assertThat(notices).as("one notice naming the group, to the ambassador with a Zalo id only")
			.singleElement()
			.satisfies((notice) -> assertThat(notice.getBodyAsString()).contains("\"user_id\":\"" + zaloId + "\"")
				.contains("Mở phiếu: " + link));
	}

	/** A new Zalo user id. */
	private static String newUser() {
		return String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000_000L, 9_999_999_999_999L));
	}

	private void says(String user, String text) {
		ZaloSamples.deliver(this.http, ZaloSamples.text(user, text)).expectStatus().isOk();
	}

	private List<LoggedRequest> sendsTo(String user, String text) {
		return zalo.findAll(postRequestedFor(urlEqualTo(SEND)).withRequestBody(ZaloSamples.reaches(user))
			.withRequestBody(matchingJsonPath("$.message.text", equalTo(text))));
	}

	private static MappingBuilder send() {
		return post(urlEqualTo(SEND));
	}

	private static MappingBuilder toUser(String user) {
		return send().atPriority(1).withRequestBody(ZaloSamples.reaches(user));
	}

}

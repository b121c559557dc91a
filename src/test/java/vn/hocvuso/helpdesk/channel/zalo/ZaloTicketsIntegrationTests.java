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
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
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

	@Test
	void aMessageAPersonSendsFromTheOaChatToolGoesOnTheTicketOnceAndTheBotStaysSilent() {
		String user = newUser();
		String id = this.ward.ticketFor((text) -> says(user, text), this.ward.group(), user).ticketId();
		ObjectNode echo = personWrites(user, "Dạ cháu gọi lại cho bác qua số 0912 345 678 nhé");
		ZaloSamples.deliver(this.http, echo).expectStatus().isOk();
		ZaloSamples.deliver(this.http, echo).expectStatus().isOk();

		Map<String, Object> ticket = await().atMost(Duration.ofSeconds(10))
			.until(() -> this.ward.detail("admin", id),
					(detail) -> !WardFixture.messages(detail, "AMBASSADOR").isEmpty());
		assertThat(WardFixture.summary(ticket)).containsEntry("state", "ANSWERED")
			.containsEntry("claimedBy", ZaloEventHandler.OA_CHAT);
		assertThat(WardFixture.messages(ticket, "AMBASSADOR")).as("a repeated event is recorded once")
			.singleElement()
			.satisfies((message) -> {
				assertThat(message).containsEntry("by", ZaloEventHandler.OA_CHAT);
				assertThat(message.get("delivery")).as("nothing of ours to deliver").isNull();
				assertThat((String) message.get("text")).startsWith("Dạ cháu gọi lại cho bác qua số")
					.doesNotContain("345");
			});

		int sendsBefore = zalo.findAll(postRequestedFor(urlEqualTo(SEND)).withRequestBody(ZaloSamples.reaches(user)))
			.size();
		ObjectNode question = ZaloSamples.text(user, "cài vneid ở đâu hả cháu");
		ZaloSamples.deliver(this.http, question).expectStatus().isOk();
		new ChannelProbe(this.database, this.meters, "zalo").awaitCase(ZaloSamples.messageId(question));
		await().atMost(Duration.ofSeconds(10))
			.until(() -> WardFixture.texts(this.ward.detail("admin", id)).contains("cài vneid ở đâu hả cháu"));
		assertThat(zalo.findAll(postRequestedFor(urlEqualTo(SEND)).withRequestBody(ZaloSamples.reaches(user))))
			.as("the bot is silent while a person talks with the resident")
			.hasSize(sendsBefore);
	}

	@Test
	void aPersonsMessageToAResidentWithoutATicketOpensOneTheOaHoldsAndTheBotsOwnEchoesOpenNone() {
		String user = newUser();
		ObjectNode botsOwn = personWrites(user, "Dạ, bác xem hướng dẫn này ạ.");
		((ObjectNode) botsOwn.get("sender")).remove("admin_id");
		ZaloSamples.deliver(this.http, botsOwn).expectStatus().isOk();
		ObjectNode sticker = personWrites(user, "");
		sticker.put("event_name", "oa_send_sticker");
		ZaloSamples.deliver(this.http, sticker).expectStatus().isOk();

		Map<String, Object> opened = await().atMost(Duration.ofSeconds(10))
			.until(() -> this.ward.openTickets("admin")
				.stream()
				.filter((ticket) -> ZaloEventHandler.OA_CHAT.equals(ticket.get("claimedBy")))
				.map((ticket) -> this.ward.detail("admin", (String) ticket.get("id")))
				.filter((detail) -> WardFixture.texts(detail).contains("(đã gửi nhãn dán)"))
				.toList(), (found) -> !found.isEmpty())
			.get(0);
		assertThat(WardFixture.summary(opened)).containsEntry("state", "ANSWERED").containsEntry("wardWide", false);
		assertThat(WardFixture.texts(opened)).as("the bot's own echo is not recorded")
			.containsExactly("(đã gửi nhãn dán)");
	}

	@Test
	void theTicketShowsTheNameTheResidentShowsOnZaloWhichTheStoreKeepsSealed() {
		String user = newUser();
		String name = "Nguyễn Thị Bảy " + user.substring(0, 4);
		zalo.stubFor(get(urlPathEqualTo("/v3.0/oa/user/detail"))
			.withQueryParam("data", equalToJson("{\"user_id\":\"" + user + "\"}"))
			.withHeader("access_token", matching(".+"))
			.willReturn(json("{\"data\":{\"user_id\":\"" + user + "\",\"display_name\":\"" + name
					+ "\",\"user_is_follower\":true},\"error\":0,\"message\":\"Success\"}")));
		String id = this.ward.ticketFor((text) -> says(user, text), this.ward.group(), user).ticketId();

		Map<String, Object> ticket = await().atMost(Duration.ofSeconds(10))
			.until(() -> this.ward.detail("admin", id), (detail) -> detail.get("residentName") != null);
		assertThat(ticket).containsEntry("residentName", name);
		org.bson.Document resident = reactor.core.publisher.Mono
			.from(this.database.getCollection("residents")
				.find(new org.bson.Document("channel", "zalo").append("channelUserId", user))
				.first())
			.block(Duration.ofSeconds(5));
		assertThat(resident.getString("displayName")).isNotBlank().doesNotContain("Bảy");
		assertThat(zalo
			.findAll(getRequestedFor(urlPathEqualTo("/v3.0/oa/user/detail")).withQueryParam("data", containing(user))))
			.as("looked up once, not at each message")
			.hasSize(1);
	}

	/** An {@code oa_send_text} event: the OA's admin wrote this to the resident. */
	private static ObjectNode personWrites(String user, String text) {
		ObjectNode echo = ZaloSamples.sample("oa_send_text.console-test");
		((ObjectNode) echo.get("sender")).put("admin_id", "5301862958367291712");
		((ObjectNode) echo.get("recipient")).put("id", user);
		((ObjectNode) echo.get("message")).put("text", text);
		return echo;
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
